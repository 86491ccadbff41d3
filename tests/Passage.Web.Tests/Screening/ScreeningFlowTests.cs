using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Cases;
using Passage.Core.Registry;
using Passage.Testing;
using Passage.Web.Tests.Api;
using Passage.Web.Tests.Pages;

namespace Passage.Web.Tests.Screening;

/// <summary>
/// The security officer imports a list through the API, finds the listed resident in the hits queue and holds the case; a
/// resettlement officer then sees the case on hold and nothing of the list, on the pages or the API.
/// </summary>
public sealed class ScreeningFlowTests
{
    private const string ListCsv = "Reference,Name,Aliases,BirthDate,Nationality,FatherName\nWL-77,Mohamad Husseini,محمد حسینی,1984,,Ali Akbar\n";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task PossibleTrueMatch_ResettlementOfficerSeesOnlyOnHold(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var listed = await factory.RegisterPersonAsync(new PersonDetails("Mohammad", "Hosseini", "Ali Akbar", "محمد", "حسینی", "علی اکبر", "Male", "1984-03", "B", "9"));
        using var security = await factory.ApiClientAsync("security", Roles.Security);
        using var resettlementApi = await factory.ApiClientAsync("resettlement.api", Roles.Resettlement);
        using var resettlement = await factory.SignedInBrowserAsync("resettlement", Roles.Resettlement);
        using var securityBrowser = await factory.SignedInBrowserAsync("security.browser", Roles.Security);

        using var imported = await security.PostJsonAsync("/api/v1/screening-lists", new
        {
            name = "Wanted persons, second list",
            source = "A ministry of justice",
            reference = "MJ-2026-9",
            listDate = "2026-01-10",
            format = "Csv",
            content = Convert.ToBase64String(Encoding.UTF8.GetBytes(ListCsv)),
        });
        var hits = (await (await security.GetAsync("/api/v1/screening-hits")).JsonAsync()).GetProperty("items");
        var hitId = hits[0].GetProperty("id").GetInt64();
        var queuePage = await securityBrowser.GetPageAsync("/Screening/Hits");
        using var adjudicated = await security.PostJsonAsync($"/api/v1/screening-hits/{hitId}/adjudication", new { finding = "PossibleTrueMatch", reason = "Same father and birth year" });
        var metrics = (await (await security.GetAsync("/api/v1/screening-lists")).JsonAsync()).GetProperty("items");

        imported.StatusCode.ShouldBe(HttpStatusCode.OK);
        hits.GetArrayLength().ShouldBe(1);
        hits[0].GetProperty("registrationNumber").GetString().ShouldBe(listed.RegistrationNumber);
        queuePage.ShouldContain("WL-77");
        adjudicated.StatusCode.ShouldBe(HttpStatusCode.OK);
        (metrics[0].GetProperty("hits").GetInt32(), metrics[0].GetProperty("pending").GetInt32(), metrics[0].GetProperty("adjudicated").GetInt32())
            .ShouldBe((1, 0, 1));
        (await factory.CaseStatusAsync(listed.CaseId)).ShouldBe(CaseStatus.OnHold);

        var casePage = WebUtility.HtmlDecode(await resettlement.GetPageAsync($"/Cases/{listed.CaseId}"));
        var caseApi = await (await resettlementApi.GetAsync($"/api/v1/cases/{listed.CaseId}/history")).Content.ReadAsStringAsync();
        using var listsPage = await resettlement.GetAsync(new Uri("/Screening", UriKind.Relative));
        using var hitsApi = await resettlementApi.GetAsync("/api/v1/screening-hits");
        casePage.ShouldContain("On hold");
        foreach (var secret in new[] { "Wanted persons", "WL-77", "MJ-2026-9", "A ministry of justice", "Same father and birth year", "security review", "Screening" })
        {
            casePage.ShouldNotContain(secret);
            caseApi.ShouldNotContain(secret);
        }

        listsPage.StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect);
        hitsApi.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ImportPage_NewerVersion_ShowsWhatWasAddedAndRemoved(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        using var browser = await factory.SignedInBrowserAsync("security", Roles.Security);

        var first = await ImportAsync(browser, null, "2026-01-10", ListCsv + "WL-78,Farhad Jafari,,1950,,Nasser\n");
        var listId = await factory.WithDbAsync(db => db.ScreeningLists.Select(l => l.Id).SingleAsync());
        var second = await ImportAsync(browser, listId, "2026-02-01", ListCsv + "WL-79,Kamran Heidari,,1966,,Yousef\n");
        var lists = WebUtility.HtmlDecode(await browser.GetPageAsync("/Screening"));

        first.ShouldContain("Version 1 imported: 2 added, 0 removed, 0 changed");
        second.ShouldContain("Version 2 imported: 1 added, 1 removed, 0 changed (removed: WL-78)");
        lists.ShouldContain("Wanted persons, second list");
    }

    private static async Task<string> ImportAsync(HttpClient browser, Guid? listId, string date, string csv)
    {
        var form = await browser.GetPageAsync("/Screening");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(PassageWebFactory.AntiforgeryToken(form)), "__RequestVerificationToken" },
            { new StringContent(listId?.ToString() ?? ""), "ListId" },
            { new StringContent("Wanted persons, second list"), "Name" },
            { new StringContent("A ministry of justice"), "Source" },
            { new StringContent("MJ-2026-9"), "Reference" },
            { new StringContent(date), "ListDate" },
        };
        content.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "Upload", "list.csv");
        using var posted = await browser.PostAsync(new Uri("/Screening", UriKind.Relative), content);
        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect, await posted.Content.ReadAsStringAsync());
        return WebUtility.HtmlDecode(await browser.GetPageAsync(posted.Headers.Location!.OriginalString));
    }
}
