using Passage.Matching.Blocking;
using Passage.Matching.Comparison;
using Passage.Matching.Records;

namespace Passage.Matching.Tests.Blocking;

public class BlockIndexTests
{
    [Fact]
    public void Build_SpellingsAcrossScripts_ShareABlock()
    {
        var records = Prepare("Mohammad Hosseini", "محمد حسینی", "Muhammad Husseini", "Kaveh Amini");
        var index = BlockIndex.Build(records, cap: 10);

        index.ShareBlock(0, 1).ShouldBeTrue();
        index.ShareBlock(0, 2).ShouldBeTrue();
        index.ShareBlock(0, 3).ShouldBeFalse();
    }

    [Fact]
    public void PairsOf_RecordsSharingSeveralBlocks_VisitsEachPairOnce()
    {
        var records = Prepare("Ali Hosseini", "Ali Hosseini", "Ali Hosseini");
        var index = BlockIndex.Build(records, cap: 10);
        var pairs = new List<(int, int)>();
        for (var i = 0; i < records.Length; i++)
        {
            index.PairsOf(i, (a, b) => pairs.Add((a, b)));
        }

        pairs.ShouldBe([(0, 1), (0, 2), (1, 2)], ignoreOrder: true);
    }

    [Fact]
    public void Build_CommonKey_IsSplitByBirthYear()
    {
        var names = Enumerable.Range(0, 30).Select(i => new PersonRecord($"r{i}", Name: "Ali Hosseini", Birth: new BirthDate(1950 + (i % 3), 0, 0)));
        var records = names.Select(PreparedRecord.From).ToArray();
        var index = BlockIndex.Build(records, cap: 12);

        index.ShareBlock(0, 3).ShouldBeTrue("same year");
        index.ShareBlock(0, 1).ShouldBeFalse("other year, and the name key alone is over the cap");
    }

    [Fact]
    public void PairsOf_Linkage_OnlyPairsLeftWithRight()
    {
        var records = Prepare("Ali Hosseini", "Ali Hosseini", "علی حسینی", "Ali Hosseini");
        var index = BlockIndex.Build(records, cap: 10, leftCount: 2);
        var pairs = new List<(int, int)>();
        for (var i = 0; i < records.Length; i++)
        {
            index.PairsOf(i, (a, b) => pairs.Add((a, b)));
        }

        pairs.ShouldBe([(0, 2), (0, 3), (1, 2), (1, 3)], ignoreOrder: true);
    }

    private static PreparedRecord[] Prepare(params string[] names) =>
        [.. names.Select((n, i) => PreparedRecord.From(new PersonRecord($"r{i}", Name: n)))];
}
