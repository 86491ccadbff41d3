using Passage.Matching.Normalisation;
using Passage.Matching.Records;
using Passage.Matching.Scoring;

namespace Passage.Matching.Tests.Normalisation;

public class PreparedNamePoolTests
{
    private static readonly PersonRecord[] People =
    [
        new("a", Name: "Seyed Mohammad Reza Hosseini", Father: "Ali"),
        new("b", Name: "محمدرضا حسینی", Father: "علی"),
        new("c", Name: "Mohammad-Reza Hoseini", Father: "Ali"),
        new("d", GivenName: "Zahra", FamilyName: "Karimi-Zadeh", Father: "Gholam Reza"),
        new("e", Name: "Zahra Karimizadeh", Father: "Gholamreza"),
    ];

    [Fact]
    public void From_WithPool_PreparesEveryNameAsWithout()
    {
        var pool = new PreparedNamePool();
        foreach (var person in People)
        {
            var alone = PreparedRecord.From(person);
            var pooled = PreparedRecord.From(person, pool);

            foreach (var (x, y) in new[] { (alone.Name, pooled.Name), (alone.Given, pooled.Given), (alone.Family, pooled.Family), (alone.Father, pooled.Father) })
            {
                y.Tokens.ShouldBe(x.Tokens, person.Id);
                y.JoinedArray.ShouldBe(x.JoinedArray, person.Id);
            }
        }
    }

    [Fact]
    public void From_WithPool_ScoresEveryPairAsWithout()
    {
        var model = ModelParameters.Default.ToModel();
        var pool = new PreparedNamePool();
        var alone = People.Select(PreparedRecord.From).ToArray();
        var pooled = People.Select(p => PreparedRecord.From(p, pool)).ToArray();
        for (var i = 0; i < People.Length; i++)
        {
            for (var j = i + 1; j < People.Length; j++)
            {
                model.LogOdds(pooled[i], pooled[j]).ShouldBe(model.LogOdds(alone[i], alone[j]), 1e-12);
            }
        }
    }

    [Fact]
    public void From_WithPool_SharesOneCopyOfARepeatedNameAndOfARepeatedWord()
    {
        var pool = new PreparedNamePool();
        var first = PreparedRecord.From(new PersonRecord("1", Name: "Ali Hosseini", Father: "Reza"), pool);
        var second = PreparedRecord.From(new PersonRecord("2", Name: "Hassan Hosseini", Father: "Reza"), pool);

        second.Father.ShouldBeSameAs(first.Father);
        ReferenceEquals(first.Name.Tokens[1].Key, second.Name.Tokens[1].Key).ShouldBeTrue("the surname's key is held once");
    }
}
