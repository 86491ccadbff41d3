using Passage.Matching.Comparison;
using Passage.Matching.Linking;
using Passage.Matching.Records;
using Passage.Matching.Scoring;

namespace Passage.Matching.Tests.Linking;

public class WatchlistIndexTests
{
    private static readonly MatchModel Model = ListScreening.Model(ModelParameters.Default);

    private static readonly PersonRecord[][] Entries =
    [
        [Person("Mehdi Rezaei", "1990-02-11", "Reza")],
        [Person("حسین حسینی", "1968", "علی"), Person("Husain Husseini", "1968", "Ali")],
        [Person("Mohammad Hosseini", "1970", "Ali")],
        [Person("Mohammad Hosseini", "1944", "Bahram")],
        [Person("Kaveh Tehrani", "1955", "Bijan")],
        [Person("Zahra Karimi", null, null)],
    ];

    private static readonly PersonRecord[][] Persons =
    [
        [Person("Mahdi Rezayi", "1990-02-11", "Reza"), Person("مهدی رضایی", "1990-02-11", "رضا")],
        [Person("Hossein Hosseini", "1968-04-01", "Ali")],
        [Person("Mohammad Hosseini", "1970-03-02", "Ali")],
        [Person("Mohammad Hosseini", "1985-07-07", "Javad")],
        [Person("Zahra Karimi", "1985", "Hassan")],
        [Person("Kaveh Amini", "1955", "Bijan")],
    ];

    [Theory]
    [InlineData(0.1)]
    [InlineData(0.5)]
    [InlineData(0.9)]
    public void Screen_AtAThreshold_FindsExactlyTheEntriesWhosePairsReachIt(double threshold)
    {
        var watchlist = WatchlistIndex.Build([.. Entries.Select(e => ((IReadOnlyList<PersonRecord>)e, threshold))], Model);

        foreach (var person in Persons)
        {
            var expected = Enumerable.Range(0, Entries.Length)
                .Where(e => Entries[e].Max(entry => person.Max(record => Model.Score(PreparedRecord.From(record), PreparedRecord.From(entry)).Probability)) >= threshold)
                .ToList();

            var hits = watchlist.Screen(person);

            hits.Select(h => h.Entry).Order().ToList().ShouldBe(expected, person[0].Name);
            hits.ShouldAllBe(h => h.Result.Probability >= threshold);
        }
    }

    [Theory]
    [InlineData("Zaha Bahramrad", "1956-10", "Hashem", "Zahra Bahrarad", "1956-10-07", "Hashem", "both names misspelt in Latin")]
    [InlineData("زها بهرامراد", "1956-10", "هاشم", "Zahra Bahrarad", "1956-10-07", "Hashem", "both names misspelt, the entry in Persian script")]
    public void Screen_BothNamesMisspelt_IsFoundThroughTheFatherAndBirthYear(
        string entryName, string entryBirth, string entryFather, string name, string birth, string father, string covers)
    {
        var watchlist = WatchlistIndex.Build([([Person(entryName, entryBirth, entryFather)], ListScreening.PossibleThreshold)], Model);

        watchlist.Screen([Person(name, birth, father)]).Select(h => h.Entry).ToList().ShouldBe([0], covers);
    }

    [Fact]
    public void Screen_TheListedPersonInEitherScript_IsAHitAndANamesakeWithAnotherFatherAndBirthIsNot()
    {
        var watchlist = WatchlistIndex.Build([.. Entries.Select(e => ((IReadOnlyList<PersonRecord>)e, ListScreening.PossibleThreshold))], Model);

        watchlist.Screen(Persons[0]).Select(h => h.Entry).ToList().ShouldBe([0]);
        watchlist.Screen(Persons[1]).Select(h => h.Entry).ToList().ShouldBe([1]);
        watchlist.Screen(Persons[3]).ShouldBeEmpty();
    }

    private static PersonRecord Person(string name, string? birth, string? father) =>
        new("x", Name: name, Birth: birth is null ? null : BirthDate.Parse(birth).Value, Father: father);
}
