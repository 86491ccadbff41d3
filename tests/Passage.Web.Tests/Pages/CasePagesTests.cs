using System.Net;
using Passage.Core.Accounts;
using Passage.Testing;

namespace Passage.Web.Tests.Pages;

public sealed class CasePagesTests
{
    [Fact]
    public async Task CasePage_Protection_OffersOnlyItsTransitionsAndMoves()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        var person = await factory.RegisterPersonAsync();
        using var browser = await factory.SignedInBrowserAsync("parisa.protection", Roles.Protection);
        var html = await browser.GetPageAsync($"/Cases/{person.CaseId}");
        html.ShouldContain("value=\"Interviewed\"");
        html.ShouldNotContain("value=\"Referred\"");

        using var response = await browser.PostFormAsync($"/Cases/{person.CaseId}",
            new Dictionary<string, string> { ["To"] = "Interviewed", ["Reason"] = "Each adult interviewed alone", ["Version"] = "2" });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await browser.GetPageAsync(response.Headers.Location!.ToString());
        after.ShouldContain("The case moved to <strong>Interviewed</strong>");
        after.ShouldContain("Each adult interviewed alone");
    }

    [Fact]
    public async Task CasePage_GuardRefuses_ShowsTheReasonAndKeepsTheTypedReason()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        var person = await factory.RegisterPersonAsync();
        using var browser = await factory.SignedInBrowserAsync("omid.officer", Roles.Protection, Roles.Resettlement);
        (await browser.PostFormAsync($"/Cases/{person.CaseId}",
            new Dictionary<string, string> { ["To"] = "Interviewed", ["Reason"] = "Interviewed", ["Version"] = "2" })).Dispose();

        using var response = await browser.PostFormAsync($"/Cases/{person.CaseId}",
            new Dictionary<string, string> { ["To"] = "Referred", ["Reason"] = "Refer for the pledge", ["Version"] = "3" });

        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("The change was refused.");
        html.ShouldContain("No recorded choice to resettle for: " + person.RegistrationNumber);
        html.ShouldContain("Refer for the pledge</textarea>");
    }

    [Fact]
    public async Task CasePage_StaleVersion_SaysChangedBySomeoneElseAndKeepsTheReason()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        var person = await factory.RegisterPersonAsync();
        using var browser = await factory.SignedInBrowserAsync("parisa.protection", Roles.Protection);

        using var response = await browser.PostFormAsync($"/Cases/{person.CaseId}",
            new Dictionary<string, string> { ["To"] = "Interviewed", ["Reason"] = "Interview held", ["Version"] = "1" });

        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("Changed by someone else.");
        html.ShouldContain("Interview held</textarea>");
    }
}
