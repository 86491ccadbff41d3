using System.Net;
using Passage.Core.Accounts;
using Passage.Core.Cases;
using Passage.Testing;
using Passage.Web.Tests.Api;
using Passage.Web.Tests.Pages;

namespace Passage.Web.Tests.Protection;

/// <summary>
/// A protection officer records walk-outs on the page and through the API; the case is Left camp for everyone, and only
/// protection officers ever see where the residents are now.
/// </summary>
public sealed class WalkOutPagesAndApiTests
{
    private const string ViaApi = "Transit shelter near Erbil, block 2";
    private const string ViaPage = "Partner safe house on the Karbala road";
    private static readonly string[] Return = ["Return"];

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task WalkOut_RecordedOnApiAndPage_OnlyProtectionSeesWhereabouts(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var first = await factory.RegisterPersonAsync();
        var second = await factory.RegisterPersonAsync(PassageWebFactory.SampleDetails("Fatemeh", "Ahmadi", "1990"));
        using var api = await factory.ApiClientAsync("parisa.protection", Roles.Protection);
        using var browser = await factory.SignedInBrowserAsync("leila.protection", Roles.Protection);
        using var registration = await factory.ApiClientAsync("omid.registration", Roles.Registration, Roles.Resettlement, Roles.Movement, Roles.Security);
        var version = await factory.WithDbAsync(db => Task.FromResult(db.Cases.Where(c => c.Id == first.CaseId).Select(c => c.Version).Single()));

        using var recorded = await api.PostJsonAsync($"/api/v1/cases/{first.CaseId}/walk-out", new
        {
            leftOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1),
            whereabouts = ViaApi,
            asks = Return,
            responsibleOfficer = "parisa.protection",
            expectedVersion = version,
        });
        var caseNumber = await factory.WithDbAsync(db => Task.FromResult(db.Cases.Where(c => c.Id == second.CaseId).Select(c => c.CaseNumber).Single()));
        using var posted = await browser.PostFormAsync("/Protection/WalkOuts", new Dictionary<string, string>
        {
            ["CaseNumber"] = caseNumber,
            ["LeftOn"] = DateTime.UtcNow.AddDays(-3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Whereabouts"] = ViaPage,
            ["Asks"] = "FamilyContact",
            ["ResponsibleOfficer"] = "parisa.protection",
        });
        using var refused = await registration.PostJsonAsync($"/api/v1/cases/{first.CaseId}/walk-out", new { whereabouts = "x", expectedVersion = 1 });

        recorded.StatusCode.ShouldBe(HttpStatusCode.OK, await recorded.Content.ReadAsStringAsync());
        (await recorded.JsonAsync()).GetProperty("whereabouts").GetString().ShouldBe(ViaApi);
        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.CaseStatusAsync(first.CaseId)).ShouldBe(CaseStatus.LeftCamp);
        (await factory.CaseStatusAsync(second.CaseId)).ShouldBe(CaseStatus.LeftCamp);
        var list = WebUtility.HtmlDecode(await browser.GetPageAsync("/Protection/WalkOuts"));
        list.ShouldContain(ViaApi);
        list.ShouldContain(ViaPage);
        list.ShouldContain($"Walk-out recorded; case {caseNumber} is now Left camp.");
        var seenByOthers = await (await registration.GetAsync($"/api/v1/cases/{first.CaseId}")).Content.ReadAsStringAsync();
        seenByOthers.ShouldContain("\"LeftCamp\"");
        seenByOthers.ShouldNotContain(ViaApi);
        (await registration.GetAsync("/api/v1/walk-outs/")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await registration.GetAsync($"/api/v1/cases/{first.CaseId}/walk-out")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
