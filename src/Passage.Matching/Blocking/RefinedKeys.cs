using System.Runtime.InteropServices;
using Passage.Matching.Records;

namespace Passage.Matching.Blocking;

/// <summary>
/// The refined keys of each record: each of its base keys held by more than the cap, combined with each of its refiners
/// (birth year, father's name). They are as many as a fifth of all keys and are computed again at each reading (two
/// hashes each) instead of being held: only which base keys are over the cap (a byte each) and the refiners are kept.
/// A record's refined keys are distinct as its base keys are (barring a collision of 64-bit hashes, as for every key).
/// </summary>
internal sealed class RefinedKeys
{
    private readonly KeyLists _baseKeys;
    private readonly KeyLists _refiners;
    private readonly bool[] _overCap;

    public RefinedKeys(IReadOnlyList<PreparedRecord> records, KeyLists baseKeys, KeyTable baseTable, int cap)
    {
        _baseKeys = baseKeys;
        _refiners = KeyLists.Gather(records.Count, (i, list) => BlockingKeys.Refiners(records[i], list));
        _overCap = new bool[baseKeys.Total];
        Parallel.For(0, records.Count, i =>
        {
            if (_refiners.Of(i).Length == 0)
            {
                return;
            }

            var keys = baseKeys.Of(i);
            var at = baseKeys.StartOf(i);
            for (var k = 0; k < keys.Length; k++)
            {
                _overCap[at + k] = baseTable.CountOf(keys[k], unlisted: 1) > cap;
            }
        });
    }

    /// <summary>The number of runs of records (<see cref="KeyLists.Run"/>).</summary>
    public int RunCount => _baseKeys.RunCount;

    /// <summary>Adds the refined keys of record <paramref name="record"/> to <paramref name="keys"/>.</summary>
    public void Add(int record, List<ulong> keys)
    {
        var refiners = _refiners.Of(record);
        var own = _baseKeys.Of(record);
        var at = _baseKeys.StartOf(record);
        for (var k = 0; k < own.Length; k++)
        {
            if (_overCap[at + k])
            {
                foreach (var refiner in refiners)
                {
                    keys.Add(KeyHash.WithKind(KeyHash.Combine(own[k], refiner), KeyKind.Refined));
                }
            }
        }
    }

    /// <summary>The refined keys of every record of run <paramref name="run"/>, computed into <paramref name="scratch"/>.</summary>
    public ReadOnlySpan<ulong> OfRun(int run, List<ulong> scratch)
    {
        scratch.Clear();
        var end = Math.Min((run + 1) * KeyLists.Run, _refiners.RecordCount);
        for (var i = run * KeyLists.Run; i < end; i++)
        {
            Add(i, scratch);
        }

        return CollectionsMarshal.AsSpan(scratch);
    }
}
