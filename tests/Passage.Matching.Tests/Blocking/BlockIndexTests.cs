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
    public void Build_CommonNameAndCommonDate_SecondRegistrationWithoutFather_SharesABlockByNameAndDate()
    {
        // 30 namesakes born in 1970 with 30 fathers, and 15 others born on the registration's day: the name and the date
        // are both over the cap, and their split by father misses the registration that has none.
        var records = new List<PersonRecord>
        {
            new("first", Name: "Ali Hosseini", Birth: Date("1970-03-02"), Father: "Reza"),
            new("second", Name: "علی حسینی", Birth: Date("1970-03-02")),
        };
        records.AddRange(Enumerable.Range(0, 30).Select(i => new PersonRecord($"n{i}", Name: "Ali Hosseini", Birth: new BirthDate(1970, 1 + (i % 12), 5 + i % 20), Father: $"Father{i}")));
        records.AddRange(Enumerable.Range(0, 15).Select(i => new PersonRecord($"d{i}", Name: "Kaveh Amini", Birth: Date("1970-03-02"), Father: $"Other{i}")));
        var index = BlockIndex.Build([.. records.Select(PreparedRecord.From)], cap: 12);

        index.ShareBlock(0, 1).ShouldBeTrue("same name and the same full date of birth");
        index.ShareBlock(0, 2).ShouldBeFalse("a namesake born another day, with another father, stays out");
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

    private static BirthDate Date(string text) => BirthDate.Parse(text).Value;

    private static PreparedRecord[] Prepare(params string[] names) =>
        [.. names.Select((n, i) => PreparedRecord.From(new PersonRecord($"r{i}", Name: n)))];
}
