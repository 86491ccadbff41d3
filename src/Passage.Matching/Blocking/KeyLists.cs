using System.Runtime.InteropServices;

namespace Passage.Matching.Blocking;

/// <summary>
/// The keys of many records, gathered by runs of <see cref="Run"/> records into one array per run, with each record's
/// start: a million records' keys cost their eight bytes each, with no array per record (a header and a reference each)
/// and no second copy of all keys while they are gathered.
/// </summary>
internal sealed class KeyLists
{
    /// <summary>The records whose keys share one array.</summary>
    public const int Run = 4096;

    private readonly ulong[][] _runs;
    private readonly int[] _start;

    private KeyLists(ulong[][] runs, int[] start)
    {
        _runs = runs;
        _start = start;
    }

    /// <summary>The number of runs of records.</summary>
    public int RunCount => _runs.Length;

    /// <summary>The number of records.</summary>
    public int RecordCount => _start.Length - 1;

    /// <summary>The number of keys of all records.</summary>
    public int Total => _start[^1];

    /// <summary>The position of record <paramref name="record"/>'s first key among all keys (for arrays beside them).</summary>
    public int StartOf(int record) => _start[record];

    /// <summary>The keys of record <paramref name="record"/>.</summary>
    public ReadOnlySpan<ulong> Of(int record)
    {
        var from = _start[record] - _start[record / Run * Run];
        return _runs[record / Run].AsSpan(from, _start[record + 1] - _start[record]);
    }

    /// <summary>The keys of every record of run <paramref name="run"/>, record after record.</summary>
    public ReadOnlySpan<ulong> OfRun(int run) => _runs[run];

    /// <summary>
    /// Gathers the keys <paramref name="fill"/> writes for each of <paramref name="count"/> records (in parallel, by runs of
    /// records; a record's keys are kept in the order it writes them).
    /// </summary>
    public static KeyLists Gather(int count, Action<int, List<ulong>> fill)
    {
        var runs = new ulong[(count + Run - 1) / Run][];
        var start = new int[count + 1];
        Parallel.For(0, runs.Length, () => (All: new List<ulong>(), One: new List<ulong>()), (r, _, lists) =>
        {
            lists.All.Clear();
            for (var i = r * Run; i < Math.Min(count, (r + 1) * Run); i++)
            {
                lists.One.Clear();
                fill(i, lists.One);
                lists.All.AddRange(lists.One);
                start[i + 1] = lists.One.Count;
            }

            runs[r] = [.. CollectionsMarshal.AsSpan(lists.All)];
            return lists;
        }, _ => { });

        for (var i = 0; i < count; i++)
        {
            start[i + 1] = checked(start[i] + start[i + 1]);
        }

        return new KeyLists(runs, start);
    }
}
