using System.Net;
using Passage.Core.Accounts;
using Passage.Testing;

namespace Passage.Web.Tests.Pages;

public sealed class CasePagesTests
{
    [Fact]
    public async Task CasePage_Security_OffersOnlyItsTransitionsAndMoves()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        var person = await factory.RegisterPersonAsync();
        using var browser = await factory.SignedInBrowserAsync("sara.security", Roles.Security);
        var html = await browser.GetPageAsync($"/Cases/{person.CaseId}");
        html.ShouldContain("value=\"OnHold\"");
        html.ShouldNotContain("value=\"Interviewed\"");
        html.ShouldNotContain("value=\"Withdrawn\"");

        using var response = await browser.PostFormAsync($"/Cases/{person.CaseId}",
            new Dictionary<string, string> { ["To"] = "OnHold", ["Reason"] = "Screening hit under review", ["Version"] = "2" });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await browser.GetPageAsync(response.Headers.Location!.ToString());
        after.ShouldContain("The case moved to On hold.");
        after.ShouldContain("Screening hit under review");
    }

    [Fact]
    public async Task CasePage_OnHoldReleasedElsewhere_ShowsTheReasonAndKeepsTheTypedReason()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        var person = await factory.RegisterPersonAsync();
        using var browser = await factory.SignedInBrowserAsync("omid.officer", Roles.Protection, Roles.Resettlement);
        (await browser.PostFormAsync($"/Cases/{person.CaseId}",
            new Dictionary<string, string> { ["To"] = "OnHold", ["Reason"] = "Concern", ["Version"] = "2" })).Dispose();

        using var response = await browser.PostFormAsync($"/Cases/{person.CaseId}",
            new Dictionary<string, string> { ["To"] = "Interviewed", ["Reason"] = "Release into the interview", ["Version"] = "3" });

        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("The change was refused.");
        html.ShouldContain("A case on hold goes back only to where it was (Registered).");
        html.ShouldContain("Release into the interview</textarea>");
    }

    [Fact]
    public async Task CasePage_StaleVersion_SaysChangedBySomeoneElseAndKeepsTheReason()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        var person = await factory.RegisterPersonAsync();
        using var browser = await factory.SignedInBrowserAsync("parisa.protection", Roles.Protection);

        using var response = await browser.PostFormAsync($"/Cases/{person.CaseId}",
            new Dictionary<string, string> { ["To"] = "OnHold", ["Reason"] = "Interview held", ["Version"] = "1" });

        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("Changed by someone else.");
        html.ShouldContain("Interview held</textarea>");
    }
}
