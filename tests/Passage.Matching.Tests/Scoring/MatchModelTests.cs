using Passage.Matching.Comparison;
using Passage.Matching.Records;
using Passage.Matching.Scoring;

namespace Passage.Matching.Tests.Scoring;

public class MatchModelTests
{
    private static readonly MatchModel Model = ModelParameters.Default.ToModel();

    public static TheoryData<PersonRecord, PersonRecord> Pairs => new()
    {
        { Person("Mohammad Hosseini", "1970-03-02", "Ali"), Person("محمد حسینی", "1970", "علی") },
        { Person("Hossein Rezaei", "1968-04-01", "Reza"), Person("Hassan Rezaei", "1975-01-01", "Javad") },
        { Person("Zahra Karimi", null, null), Person("Zahra Karimi", "1985", "Hassan") },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Score_AnyPair_IsSymmetric(PersonRecord a, PersonRecord b)
    {
        var ab = Model.Score(PreparedRecord.From(a), PreparedRecord.From(b));
        var ba = Model.Score(PreparedRecord.From(b), PreparedRecord.From(a));
        ba.LogOdds.ShouldBe(ab.LogOdds, 1e-9);
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Score_AnyPair_ExplanationWeightsSumToTheLogOdds(PersonRecord a, PersonRecord b)
    {
        var result = Model.Score(PreparedRecord.From(a), PreparedRecord.From(b));
        (result.PriorWeight + result.Explanation.Sum(e => e.Weight)).ShouldBe(result.LogOdds, 1e-9);
        result.Probability.ShouldBe(MatchModel.Probability(result.LogOdds), 1e-12);
        Model.LogOdds(PreparedRecord.From(a), PreparedRecord.From(b)).ShouldBe(result.LogOdds, 1e-9);
    }

    [Fact]
    public void Score_MoreFieldsAgree_ScoresHigher()
    {
        var query = PreparedRecord.From(Person("Mohammad Hosseini", "1970-03-02", "Ali"));
        var steps = new[]
        {
            Person("Kaveh Amini", "1950-11-19", "Bahram"),
            Person("Mohammad Kazerooni", "1950-11-19", "Bahram"),
            Person("Mohammad Hosseini", "1950-11-19", "Bahram"),
            Person("Mohammad Hosseini", "1970-03-02", "Bahram"),
            Person("Mohammad Hosseini", "1970-03-02", "Ali"),
        };
        var scores = steps.Select(s => Model.Score(query, PreparedRecord.From(s)).LogOdds).ToArray();
        for (var i = 1; i < scores.Length; i++)
        {
            scores[i].ShouldBeGreaterThan(scores[i - 1], $"step {i}");
        }
    }

    [Fact]
    public void Score_BetterLevelOfOneField_NeverScoresLower()
    {
        foreach (var parameters in Model.Parameters)
        {
            var weights = parameters.M.Zip(parameters.U, (m, u) => Math.Log2(m / u)).ToArray();
            weights[0].ShouldBeGreaterThan(weights[^1], parameters.Field.Name);
        }
    }

    [Fact]
    public void Score_SharedRareSurname_WeighsMoreThanSharedCommonSurname()
    {
        var common = Model.Score(PreparedRecord.From(new PersonRecord("a", Name: "Ali Mohammadi")), PreparedRecord.From(new PersonRecord("b", Name: "Ali Mohammadi")));
        var rare = Model.Score(PreparedRecord.From(new PersonRecord("a", Name: "Ali Golshiri")), PreparedRecord.From(new PersonRecord("b", Name: "Ali Golshiri")));
        rare.LogOdds.ShouldBeGreaterThan(common.LogOdds);
    }

    [Fact]
    public void Score_SharedRareFathersName_WeighsMoreThanSharedCommonOne()
    {
        var common = Model.Score(PreparedRecord.From(Person("Ali Karimi", "1970", "Mohammad")), PreparedRecord.From(Person("Ali Karimi", "1970", "Mohammad")));
        var rare = Model.Score(PreparedRecord.From(Person("Ali Karimi", "1970", "Esfandiar")), PreparedRecord.From(Person("Ali Karimi", "1970", "Esfandiar")));
        var father = rare.Explanation.Single(e => e.Field == "father");
        father.Weight.ShouldBeGreaterThan(common.Explanation.Single(e => e.Field == "father").Weight);
        father.TermFrequencyAdjustment.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Score_MissingField_IsExplainedWithZeroWeight()
    {
        var result = Model.Score(PreparedRecord.From(Person("Ali Karimi", null, null)), PreparedRecord.From(Person("Ali Karimi", "1970", null)));
        var birth = result.Explanation.Single(e => e.Field == "birth");
        birth.LevelName.ShouldBe("Missing");
        birth.Weight.ShouldBe(0);
    }

    [Theory]
    [InlineData(0.95, MatchDecision.Match)]
    [InlineData(0.3, MatchDecision.Possible)]
    [InlineData(0.01, MatchDecision.NonMatch)]
    public void Decide_Probability_UsesTheThresholds(double probability, MatchDecision expected)
    {
        Model.Decide(probability).ShouldBe(expected);
    }

    [Theory]
    [InlineData(-30.0)]
    [InlineData(-3.17)]
    [InlineData(0.0)]
    [InlineData(6.0)]
    [InlineData(30.0)]
    public void TryLogOddsAtLeast_AnyFloor_GivesTheScoreWhenItReachesTheFloorAndABoundBelowItOtherwise(double floor)
    {
        var screening = ListScreening.Model(ModelParameters.Default);
        var query = PreparedRecord.From(Person("Mohammad Hosseini", "1970-03-02", "Ali"));
        var others = new[]
        {
            Person("Mohammad Hosseini", "1970-03-02", "Ali"),
            Person("محمد حسینی", "1970", "علی"),
            Person("Mohammad Hosseini", "1950-11-19", "Ali"),
            Person("Mohammad Hosseini", "1970-03-02", "Bahram"),
            Person("Mohamad Hoseyni", "1970-02-03", null),
            Person("Kaveh Amini", "1970-03-02", "Ali"),
            Person("Kaveh Amini", "1950-11-19", "Bahram"),
        };
        foreach (var model in new[] { Model, screening })
        {
            for (var i = 0; i < others.Length; i++)
            {
                var other = PreparedRecord.From(others[i]);
                var exact = model.LogOdds(query, other);

                var reached = model.TryLogOddsAtLeast(query, other, floor, out var logOdds);

                reached.ShouldBe(exact >= floor, $"{others[i].Name} at {floor}");
                if (reached)
                {
                    logOdds.ShouldBe(exact, 1e-9);
                }
                else
                {
                    logOdds.ShouldBeLessThan(floor);
                    logOdds.ShouldBeGreaterThanOrEqualTo(exact - 1e-9, "the bound is an upper bound of the score");
                }
            }
        }
    }

    private static PersonRecord Person(string name, string? birth, string? father) =>
        new("x", Name: name, Birth: birth is null ? null : BirthDate.Parse(birth).Value, Father: father);
}
