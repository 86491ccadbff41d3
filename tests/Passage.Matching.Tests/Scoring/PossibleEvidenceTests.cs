using Passage.Matching.Comparison;
using Passage.Matching.Records;
using Passage.Matching.Scoring;

namespace Passage.Matching.Tests.Scoring;

/// <summary>
/// `possible` rests on a pair's evidence, `match` on its probability: the same pair stays one a person should look at
/// when the registry it was found in grows from 10,000 to 1,000,000 records, while its probability falls with the prior.
/// </summary>
public class PossibleEvidenceTests
{
    /// <summary>Duplicate pairs per record, as in a registry where about one record in ten is registered twice.</summary>
    private const double DuplicatesPerRecord = 0.1;

    private static readonly (PersonRecord A, PersonRecord B)[] Pairs =
    [
        // The second registration: father missing, the date cut to the year, the name in the other script.
        (Person("Mohammad Hosseini", "1970-03-02", "Ali"), Person("محمد حسینی", "1970", null)),
        (Person("Zahra Karimizadeh", "1985-06-11", "Gholamreza"), Person("Zahra Karimi-Zadeh", "1985-06-11", null)),
        (Person("Seyed Javad Rezaei", "1959-07-23", "Ehsan"), Person("Javad Rezaei", "1959-07", "Ehsan")),
    ];

    public static TheoryData<PersonRecord, PersonRecord> SamePerson
    {
        get
        {
            var data = new TheoryData<PersonRecord, PersonRecord>();
            foreach (var (a, b) in Pairs)
            {
                data.Add(a, b);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(SamePerson))]
    public void Decide_SamePairInARegistryGrownFrom10kTo1M_StaysAtLeastPossible(PersonRecord a, PersonRecord b)
    {
        var (x, y) = (PreparedRecord.From(a), PreparedRecord.From(b));

        var small = Registry(10_000).Score(x, y);
        var large = Registry(1_000_000).Score(x, y);

        (large.LogOdds - large.PriorWeight).ShouldBe(small.LogOdds - small.PriorWeight, 1e-9, "the evidence does not depend on the file");
        large.Probability.ShouldBeLessThan(small.Probability, "the probability does: more pairs, the same duplicates");
        small.Decision.ShouldNotBe(MatchDecision.NonMatch);
        large.Decision.ShouldNotBe(MatchDecision.NonMatch);
    }

    [Fact]
    public void Decide_WithoutTheEvidenceRule_TheLargeRegistryWouldDropAPairASmallOneKeeps()
    {
        var (x, y) = (PreparedRecord.From(Pairs[0].A), PreparedRecord.From(Pairs[0].B));
        var byProbabilityOnly = Registry(1_000_000).WithPossibleEvidence(double.PositiveInfinity);

        Registry(10_000).Score(x, y).Decision.ShouldNotBe(MatchDecision.NonMatch);
        byProbabilityOnly.Score(x, y).Decision.ShouldBe(MatchDecision.NonMatch);
        Registry(1_000_000).Score(x, y).Decision.ShouldBe(MatchDecision.Possible);
    }

    [Fact]
    public void Decide_EnoughEvidenceButProbabilityBelowTheMatchThreshold_IsPossibleNotMatch()
    {
        var model = Registry(1_000_000);
        var logOdds = model.PriorWeight + MatchModel.DefaultPossibleEvidence;

        MatchModel.Probability(logOdds).ShouldBeLessThan(model.MatchThreshold);
        model.DecideLogOdds(logOdds).ShouldBe(MatchDecision.Possible);
        model.DecideLogOdds(logOdds - 0.01).ShouldBe(MatchDecision.NonMatch);
        model.DecideLogOdds(MatchModel.LogOddsOf(0.6)).ShouldBe(MatchDecision.Match);
    }

    [Theory]
    [InlineData(10_000)]
    [InlineData(1_000_000)]
    public void Decide_NamesakesWithAnotherFatherBornYearsApart_StayNonMatchAtAnySize(int records)
    {
        var namesake = Registry(records).Score(
            PreparedRecord.From(Person("Mohammad Hosseini", "1970-03-02", "Ali")),
            PreparedRecord.From(Person("Mohammad Hosseini", "1988-11-20", "Hamid")));

        namesake.Decision.ShouldBe(MatchDecision.NonMatch);
    }

    [Fact]
    public void PossibleFloor_IsTheLowerOfTheThresholdAndTheEvidenceRule()
    {
        var small = Registry(100);
        var large = Registry(1_000_000);

        small.PossibleFloor.ShouldBe(MatchModel.LogOddsOf(small.PossibleThreshold), 1e-9, "in a small file the probability is the lower bar");
        large.PossibleFloor.ShouldBe(large.PriorWeight + MatchModel.DefaultPossibleEvidence, 1e-9);
    }

    /// <summary>The stored model with the prior of a registry of <paramref name="records"/> records, as dedup learns it.</summary>
    private static MatchModel Registry(int records) =>
        ModelParameters.Default.ToModel()
            .WithPrior(DuplicatesPerRecord * records / (records * (records - 1.0) / 2))
            .WithPossibleEvidence(MatchModel.DefaultPossibleEvidence);

    private static PersonRecord Person(string name, string? birth, string? father) =>
        new("x", Name: name, Birth: birth is null ? null : BirthDate.Parse(birth).Value, Father: father);
}
