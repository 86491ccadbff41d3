using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Passage.Core.Accounts;
using Passage.Core.Registry;
using Passage.Core.Storage;
using Passage.Testing;
using Passage.Web.Tests.Api;

namespace Passage.Web.Tests.Pages;

/// <summary>
/// The returns, verification requests and reviews, screening lists and hits with more rows than a page: 25 rows and the
/// pager on the first page, the rest on the second, the total said; the API pages the same lists and refuses a page size
/// out of range with problem details.
/// </summary>
public sealed class LongListPagesTests
{
    private const int Rows = 26;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task LongLists_OnThePagesAndTheApi_ArePagedWithTheTotal(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider, new Dictionary<string, string> { ["Passage:RateLimits:Listing:Burst"] = "1000" });
        var persons = new List<Person>();
        for (var i = 0; i < Rows; i++)
        {
            persons.Add(await factory.RegisterPersonAsync(PassageWebFactory.SampleDetails("Hamid", "Rahimi", (1950 + i).ToString(CultureInfo.InvariantCulture))));
        }

        await SeedAsync(factory, persons);
        using var protection = await factory.SignedInBrowserAsync("parisa.protection", Roles.Protection);
        using var security = await factory.SignedInBrowserAsync("kaveh.security", Roles.Security);
        using var resettlement = await factory.SignedInBrowserAsync("roya.resettlement", Roles.Resettlement);
        var supervisorUser = await factory.CreateUserAsync("mina.supervisor", Roles.Registration);
        await factory.ChangeUserAsync(supervisorUser.Id, u => u.IsSupervisor = true);
        using var supervisor = factory.CreateBrowser();
        (await PassageWebFactory.PostSignInAsync(supervisor, "mina.supervisor", PassageWebFactory.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var api = await factory.ApiClientAsync("omid.api", Roles.Protection, Roles.Security, Roles.Resettlement);

        await PagedAsync(protection, "/Protection/Returns", "/Protection/Returns?page=", "26 case(s) on their way home");
        await PagedAsync(security, "/Screening", "/Screening?page=", "26 list(s), by name");
        await PagedAsync(security, "/Screening/Hits", "/Screening/Hits?status=Pending&amp;page=", "26 hit(s)");
        await PagedAsync(resettlement, "/Verification", "/Verification?page=", "26 request(s), latest first");
        await PagedAsync(supervisor, "/Verification/Reviews", "/Verification/Reviews?page=", "26 request(s), unanswered first");
        CountOf(await security.GetPageAsync("/Screening"), "<option value=\"").ShouldBe(Rows + 1);

        foreach (var path in new[] { "/api/v1/repatriations", "/api/v1/screening-lists", "/api/v1/screening-hits", "/api/v1/verification-requests" })
        {
            var second = await (await api.GetAsync($"{path}?page=2&pageSize=25")).JsonAsync();
            (second.GetProperty("items").GetArrayLength(), second.GetProperty("total").GetInt32(), second.GetProperty("number").GetInt32()).ShouldBe((1, Rows, 2), path);
            using var tooBig = await api.GetAsync($"{path}?pageSize=201");
            tooBig.StatusCode.ShouldBe(HttpStatusCode.BadRequest, path);
            tooBig.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json", path);
            (await tooBig.JsonAsync()).GetProperty("errors").GetProperty("pageSize")[0].GetString().ShouldBe("The page size must be between 1 and 200.", path);
        }
    }

    /// <summary>The first page holds 25 rows and a pager to page 2; page 2 holds the last row and a link back; page 0 is refused with a message.</summary>
    private static async Task PagedAsync(HttpClient browser, string path, string pageLink, string total)
    {
        var first = await browser.GetPageAsync(path);
        var second = await browser.GetPageAsync(pageLink.Replace("&amp;", "&", StringComparison.Ordinal) + "2");
        var refused = await browser.GetPageAsync(pageLink.Replace("&amp;", "&", StringComparison.Ordinal) + "0");

        first.ShouldContain(total, Case.Sensitive, MainOf(first));
        BodyRows(first).ShouldBe(25, path);
        first.ShouldContain("<strong aria-current=\"page\">1</strong>", Case.Sensitive, path);
        first.ShouldContain($"<a href=\"{pageLink}2\" rel=\"next\">Next →</a>", Case.Sensitive, path);
        BodyRows(second).ShouldBe(1, path);
        second.ShouldContain($"<a href=\"{pageLink}1\" rel=\"prev\">← Previous</a>", Case.Sensitive, path);
        second.ShouldContain("<strong aria-current=\"page\">2</strong>", Case.Sensitive, path);
        refused.ShouldContain("page: The page number must be between 1 and 10000.", Case.Sensitive, path);
        BodyRows(refused).ShouldBe(25, path);
    }

    private static string MainOf(string html) => html[html.IndexOf("<main", StringComparison.Ordinal)..html.IndexOf("</main>", StringComparison.Ordinal)];

    private static int BodyRows(string html) => CountOf(html, "<tr>") - CountOf(html, "<thead><tr>");

    private static int CountOf(string html, string part) => (html.Length - html.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    private static async Task SeedAsync(PassageWebFactory factory, IReadOnlyList<Person> persons)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var actor = scope.ServiceProvider.GetRequiredService<Actor>();
        actor.Set("seed", "seed", null, [Roles.Security, Roles.CountryDelegate], countryCode: "DE");
        var db = scope.ServiceProvider.GetRequiredService<PassageDbContext>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        await LongLists.ScreeningHitsAsync(db, actor, now, persons.Select(p => p.Id).ToList());
        await LongLists.VerificationRequestsAsync(db, actor, now, "DE", Rows);
        await LongLists.ReturnRequestedAsync(db, persons.Select(p => p.CaseId).ToList());
    }
}
