using Passage.Matching.Blocking;
using Passage.Matching.Comparison;
using Passage.Matching.Records;

namespace Passage.Matching.Tests.Blocking;

/// <summary>
/// The candidate pairs of a file are the pairs that share a block as the blocking rules define it (base keys held by
/// 2..cap records, over-common base keys split by birth year and father), however the index stores its keys.
/// </summary>
public class BlockIndexPairsTests
{
    private static readonly string[] Given = ["Ali", "Reza", "Zahra", "Fatemeh", "Mohammad", "علی", "زهرا"];
    private static readonly string[] Surnames = ["Hosseini", "Ahmadi", "Karimi", "حسینی", "Rahimi"];
    private static readonly string[] Fathers = ["Hassan", "Javad", "", "Mahmoud"];

    [Fact]
    public void PairsOf_SmallRegistryWithCommonNames_GivesExactlyThePairsThatShareAKeptKey()
    {
        var records = Registry(400);
        const int cap = 8;
        var index = BlockIndex.Build(records, cap);

        var visited = new List<(int, int)>();
        for (var i = 0; i < records.Length; i++)
        {
            index.PairsOf(i, (a, b) => visited.Add((a, b)));
        }

        var expected = PairsByDefinition(records, cap);
        expected.Count.ShouldBeGreaterThan(100);
        visited.Count.ShouldBe(visited.Distinct().Count(), "each pair once");
        visited.ToHashSet().SetEquals(expected).ShouldBeTrue();
    }

    private static PreparedRecord[] Registry(int size) =>
    [
        .. Enumerable.Range(0, size).Select(i => PreparedRecord.From(new PersonRecord(
            $"r{i}",
            Name: $"{Given[i % Given.Length]} {Surnames[i / 3 % Surnames.Length]}",
            Birth: i % 11 == 0 ? null : new BirthDate(1960 + (i % 13), 1 + (i % 12), 1 + (i % 9)),
            Father: Fathers[i / 7 % Fathers.Length]))),
    ];

    /// <summary>The blocking rules written out plainly, with a dictionary of every key.</summary>
    private static HashSet<(int, int)> PairsByDefinition(PreparedRecord[] records, int cap)
    {
        var baseKeys = records.Select(r =>
        {
            var keys = new List<ulong>();
            BlockingKeys.Base(r, keys);
            return keys.ToArray();
        }).ToArray();
        var holders = Holders(baseKeys);
        var keysOf = new List<ulong>[records.Length];
        var refiners = new List<ulong>();
        for (var i = 0; i < records.Length; i++)
        {
            BlockingKeys.Refiners(records[i], refiners);
            keysOf[i] = [.. baseKeys[i]];
            foreach (var key in baseKeys[i].Where(k => holders[k].Count > cap))
            {
                keysOf[i].AddRange(refiners.Select(r => KeyHash.WithKind(KeyHash.Combine(key, r), KeyKind.Refined)));
            }
        }

        var pairs = new HashSet<(int, int)>();
        foreach (var block in Holders([.. keysOf.Select(k => k.ToArray())]).Values.Where(b => b.Count >= 2 && b.Count <= cap))
        {
            foreach (var a in block)
            {
                pairs.UnionWith(block.Where(b => b > a).Select(b => (a, b)));
            }
        }

        return pairs;
    }

    private static Dictionary<ulong, List<int>> Holders(ulong[][] keys)
    {
        var holders = new Dictionary<ulong, List<int>>();
        for (var i = 0; i < keys.Length; i++)
        {
            foreach (var key in keys[i].Distinct())
            {
                (holders.TryGetValue(key, out var list) ? list : holders[key] = []).Add(i);
            }
        }

        return holders;
    }
}
