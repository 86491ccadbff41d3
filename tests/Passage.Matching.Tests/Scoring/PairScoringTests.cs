using Passage.Matching.Comparison;
using Passage.Matching.Records;
using Passage.Matching.Scoring;

namespace Passage.Matching.Tests.Scoring;

/// <summary>The decisions of <c>passage match score</c>'s model on pairs that look alike, by kind.</summary>
public class PairScoringTests
{
    private static readonly MatchModel Model = PairScoring.Model(ModelParameters.Default);

    [Theory]
    [InlineData(true, "Mohammad Hosseini", "1970-03-02", "Ali", "M", "محمد حسینی", "1970-03-02", "علی", "M", "another script")]
    [InlineData(true, "Zahra Karimi", "1985-06-01", "Hassan", "F", "Zahra Kareemi", "1985", "", "F", "year only, father missing")]
    [InlineData(true, "Seyed Ali Mousavi", "1962-05-10", "Reza", "M", "Ali Musavi", "1962-05", "Reza", "M", "honorific, year-month")]
    [InlineData(true, "Gholamreza Amini", "1984-08-01", "Hamid", "M", "Gholam-Reza Amini", "1363", "Hameed", "M", "Solar Hijri year")]
    [InlineData(true, "Fatemeh Ahmadi", "", "", "", "Fatima Ahmadi", "", "", "", "a name alone")]
    [InlineData(false, "Hamid Rezaei", "1980-02-01", "Ali", "M", "Hamid Rezaei", "1980-02-01", "Gholam-Reza", "M", "a known different father")]
    [InlineData(false, "Hamid Rezaei", "1980-02-01", "Ali", "M", "Hamid Rezaei", "1969-07-12", "Ali", "M", "births eleven years apart")]
    [InlineData(false, "Hamid Rezaei", "1980-02-01", "Ali", "M", "Hamid Rezaei", "1981-04-01", "Ali", "M", "born 14 months apart")]
    [InlineData(false, "Hamid Rezaei", "1980-02-01", "Ali", "M", "Hamed Rezaei", "1983-09-01", "Ali", "M", "brothers with look-alike names")]
    [InlineData(false, "Saeed Karimi", "1990-05-05", "Reza", "M", "Saeedeh Karimi", "1990-05-05", "Reza", "F", "twins, brother and sister")]
    [InlineData(false, "Ali Karimi", "1975", "Reza", "M", "Ali Karimian", "1975", "Reza", "M", "another family")]
    [InlineData(false, "مریم حسینی", "1970-01-02", "محمد", "F", "Maryam Hosseinzadeh", "1970-01-02", "Mohammad", "F", "another family, across scripts")]
    public void Score_PairsThatLookAlike_AreAMatchOnlyWhenOnePerson(bool samePerson, string nameA, string birthA, string fatherA, string sexA,
        string nameB, string birthB, string fatherB, string sexB, string covers)
    {
        var decision = Decide(nameA, birthA, fatherA, sexA, nameB, birthB, fatherB, sexB);

        (decision == MatchDecision.Match).ShouldBe(samePerson, covers);
    }

    [Theory]
    [InlineData("Ali Hosseini", "Али Хоссейни", MatchDecision.Match, "Cyrillic")]
    [InlineData("Ali Hosseini", "阿里·侯赛尼", MatchDecision.Match, "Chinese")]
    [InlineData("Farhad Karimi", "파르하드 카리미", MatchDecision.Match, "Korean")]
    [InlineData("Jamil Karimi", "ג'מיל כרימי", MatchDecision.Match, "Hebrew")]
    [InlineData("Mohammad Hosseini", "محمد حسینی", MatchDecision.Match, "Persian script")]
    [InlineData("Bahrami", "Бахрани", MatchDecision.Possible, "one word a sound apart: a person should look")]
    [InlineData("Bahrami", "Bakhrani", MatchDecision.Possible, "one Latin word a letter apart")]
    [InlineData("Reza Karimi", "Рахим Карими", MatchDecision.NonMatch, "another given name")]
    [InlineData("Hamid Karimi", "Хамед Карими", MatchDecision.NonMatch, "Hamid is not Hamed")]
    public void Score_NamesAlone_AcrossScripts(string a, string b, MatchDecision expected, string covers)
    {
        Decide(a, "", "", "", b, "", "", "").ShouldBe(expected, covers);
    }

    [Fact]
    public void Score_FarBirthAndOtherFather_IsBelowPossible()
    {
        Decide("Hamid Rezaei", "1950-02-01", "Ali", "M", "Hamid Rezaei", "1990-07-12", "Javad", "M").ShouldBe(MatchDecision.NonMatch);
    }

    [Fact]
    public void Score_Probability_RisesWithEachAgreeingField()
    {
        var probabilities = new[]
        {
            Probability("Hamid Rezaei", "1950", "Javad", "M", "Hamid Rezaei", "1990", "Ali", "M"),
            Probability("Hamid Rezaei", "1990", "Javad", "M", "Hamid Rezaei", "1990", "Ali", "M"),
            Probability("Hamid Rezaei", "1990", "Ali", "M", "Hamid Rezaei", "1990", "Ali", "M"),
            Probability("Hamid Rezaei", "1990-03-04", "Ali", "M", "Hamid Rezaei", "1990-03-04", "Ali", "M"),
        };
        for (var i = 1; i < probabilities.Length; i++)
        {
            probabilities[i].ShouldBeGreaterThan(probabilities[i - 1], $"step {i}");
        }

        probabilities[0].ShouldBeLessThan(PairScoring.PossibleThreshold);
        probabilities[^1].ShouldBeGreaterThan(0.99);
    }

    private static MatchDecision Decide(string nameA, string birthA, string fatherA, string sexA, string nameB, string birthB, string fatherB, string sexB) =>
        Model.Decide(Probability(nameA, birthA, fatherA, sexA, nameB, birthB, fatherB, sexB));

    private static double Probability(string nameA, string birthA, string fatherA, string sexA, string nameB, string birthB, string fatherB, string sexB) =>
        Model.Score(Record(nameA, birthA, fatherA, sexA), Record(nameB, birthB, fatherB, sexB)).Probability;

    private static PreparedRecord Record(string name, string birth, string father, string sex) => PreparedRecord.From(new PersonRecord(
        "r", Name: name, Birth: birth.Length == 0 ? null : BirthDate.Parse(birth).Value, Father: father.Length == 0 ? null : father,
        Sex: sex == "M" ? Sex.Male : sex == "F" ? Sex.Female : Sex.Unknown));
}
