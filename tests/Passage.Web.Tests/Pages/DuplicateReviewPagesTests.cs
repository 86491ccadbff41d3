using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Registry;
using Passage.Testing;

namespace Passage.Web.Tests.Pages;

/// <summary>The possible-duplicates queue as a reviewer works through it: pages, cases, and likelihoods that mean what they say.</summary>
public sealed class DuplicateReviewPagesTests
{
    private static readonly string[] Given = ["Bahram", "Kourosh", "Dariush", "Farhad", "Siavash", "Jamshid", "Rostam"];

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task DuplicatesPage_MorePairsThanAPage_PagesThroughThemMostLikelyFirstWithTheTotal(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var persons = new List<Person>();
        foreach (var (given, i) in Given.Select((g, i) => (g, i)))
        {
            persons.Add(await factory.RegisterPersonAsync(new(given, "Ahmadi", "Nader", null, null, null, "Male", $"19{60 + (i * 5)}-04-1{i}", "A", "1", [], [])));
        }

        // Every pair of the seven (21 pairs), stored as found with falling scores: the queue's order is the stored score's.
        var pairs = persons.SelectMany((a, i) => persons.Skip(i + 1).Select(b => (a, b))).ToList();
        await factory.SeedReviewsAsync(pairs.Select((p, i) => (p.a, p.b, 0.9 - (i * 0.01))));
        using var browser = await factory.SignedInBrowserAsync("fatemeh.karimi", Roles.Registration);

        var first = await browser.GetPageAsync("/Duplicates");
        var second = await browser.GetPageAsync("/Duplicates?page=2");

        first.ShouldContain("21 pair(s) waiting, most likely first; showing 1–20, page 1 of 2.");
        first.ShouldContain("<a href=\"/Duplicates?page=2\" rel=\"next\">Next →</a>");
        first.ShouldContain("<strong aria-current=\"page\">1</strong>");
        second.ShouldContain("showing 21–21, page 2 of 2.");
        second.ShouldContain("<a href=\"/Duplicates?page=1\" rel=\"prev\">← Previous</a>");
        var last = pairs[^1];
        second.ShouldContain(last.a.RegistrationNumber);
        second.ShouldContain(last.b.RegistrationNumber);
        Articles(second).ShouldBe(1);
        Articles(first).ShouldBe(20);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task DuplicatesPage_PairInOneCaseAndPairInTwo_SaysWhichAndLinksTheCases(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var father = await factory.RegisterPersonAsync(new("Reza", "Tehrani", "Karim", null, null, null, "Male", "1970-01-05", "A", "1", [], []));
        var son = await factory.RegisterPersonAsync(new("Reza", "Tehrani", "Karim", null, null, null, "Male", "1970-01-05", "A", "1", [], []), father.CaseId);
        var other = await factory.RegisterPersonAsync(new("Leila", "Shirazi", "Amir", null, null, null, "Female", "1991-06-07", "B", "2", [], []));
        var cousin = await factory.RegisterPersonAsync(new("Leila", "Shirazi", "Amir", null, null, null, "Female", "1991-06-07", "C", "3", [], []));
        await factory.SeedReviewsAsync([(father, son, 0.9), (other, cousin, 0.8)]);
        var caseNumbers = await factory.WithDbAsync(db => db.Cases.ToDictionaryAsync(c => c.Id, c => c.CaseNumber));
        using var browser = await factory.SignedInBrowserAsync("fatemeh.karimi", Roles.Registration);

        var html = await browser.GetPageAsync("/Duplicates");

        html.ShouldContain($"Both are members of the same case, <a href=\"/Cases/{father.CaseId}\">{caseNumbers[father.CaseId]}</a>.");
        var apart = Article(html, other.RegistrationNumber);
        apart.ShouldContain("In different cases: ");
        apart.ShouldContain($"<a href=\"/Cases/{other.CaseId}\">{caseNumbers[other.CaseId]}</a>");
        apart.ShouldContain($"<a href=\"/Cases/{cousin.CaseId}\">{caseNumbers[cousin.CaseId]}</a>");
        apart.ShouldNotContain("same case");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task DuplicatesPage_StoredScoreOfNamesakesBornFourteenMonthsApart_ShowsTheirLowLikelihoodNow(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var older = await factory.RegisterPersonAsync(PassageWebFactory.SampleDetails("Mohammad", "Hosseini", "1984-03"));
        var younger = await factory.RegisterPersonAsync(PassageWebFactory.SampleDetails("Mohammad", "Hosseini", "1985-05"));
        var same = await factory.RegisterPersonAsync(Kamali());
        var again = await factory.RegisterPersonAsync(Kamali());
        // As an earlier scan left them: both "certain".
        await factory.SeedReviewsAsync([(older, younger, 0.9999), (same, again, 0.9999)]);
        using var browser = await factory.SignedInBrowserAsync("fatemeh.karimi", Roles.Registration);

        var html = await browser.GetPageAsync("/Duplicates");

        html.ShouldNotContain("100 %");
        var namesakes = Article(html, older.RegistrationNumber);
        namesakes.ShouldNotContain("very likely the same person");
        namesakes.ShouldNotContain("&gt; 99 %");
        namesakes.ShouldContain("<td>birth</td><td>Different</td><td>-16.0</td>");
        Article(html, same.RegistrationNumber).ShouldContain("Likelihood &gt; 99 %: very likely the same person");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Scan_OpenPairWithAnOldScore_StoresTheScoreItHasNow(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var older = await factory.RegisterPersonAsync(PassageWebFactory.SampleDetails("Mohammad", "Hosseini", "1984-03"));
        var younger = await factory.RegisterPersonAsync(PassageWebFactory.SampleDetails("Mohammad", "Hosseini", "1985-05"));
        await factory.SeedReviewsAsync([(older, younger, 0.9999)]);
        using var browser = await factory.SignedInBrowserAsync("fatemeh.karimi", Roles.Registration);

        using var scanned = await browser.PostFormAsync("/Duplicates?handler=Scan", new Dictionary<string, string>());
        await factory.WhenLatestScanFinishedAsync();

        var review = await factory.WithDbAsync(db => db.DuplicateReviews.SingleAsync());
        review.Probability.ShouldBeLessThan(0.5);
        review.Explanation.ShouldContain("birth: Different -16.0");
    }

    private static PersonDetails Kamali() => new("Zahra", "Kamali", "Nasser", null, null, null, "Female", "1990-02-11", "B", "2", [], []);

    private static int Articles(string html) => html.Split("<article class=\"duplicate-candidate\"").Length - 1;

    private static string Article(string html, string registrationNumber) =>
        html.Split("<article class=\"duplicate-candidate\"").Single(a => a.Contains(registrationNumber, StringComparison.Ordinal));
}
