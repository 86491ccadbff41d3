using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passage.Core.Accounts;
using Passage.Core.Cases;
using Passage.Testing;

namespace Passage.Web.Tests.Pages;

public sealed class ResettlementPagesTests
{
    [Fact]
    public async Task Pages_InterviewToClearance_MoveTheCaseThroughReferralDecisionAndClearance()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        var person = await factory.RegisterPersonAsync();
        using var protection = await factory.SignedInBrowserAsync("parisa.protection", Roles.Protection);
        using var resettlement = await factory.SignedInBrowserAsync("reza.resettlement", Roles.Resettlement);
        using var german = await DelegateBrowserAsync(factory, "hanna.delegate", "DE");
        using var albanian = await DelegateBrowserAsync(factory, "arben.delegate", "AL");

        using (var recorded = await protection.PostFormAsync($"/Persons/{person.Id}/Interviews", new Dictionary<string, string>
        {
            ["Form.HeldOn"] = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Form.Interviewer"] = "Leila Karimi",
            ["Form.Language"] = "Persian",
            ["Form.InterviewedAlone"] = "true",
            ["Form.Choice"] = "Resettle",
            ["Form.Countries[0]"] = "de",
            ["Form.Reasons[0]"] = "FamilyThere",
            ["Form.ProtectionConcerns"] = "Threatened over the wish to leave",
        }))
        {
            recorded.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        (await protection.GetPageAsync($"/Persons/{person.Id}/Interviews")).ShouldContain("Threatened over the wish to leave");
        var choiceOnly = await resettlement.GetPageAsync($"/Persons/{person.Id}/Interviews");
        choiceOnly.ShouldContain("Resettle to a third country");
        choiceOnly.ShouldNotContain("Threatened over the wish to leave");

        using (var pledged = await resettlement.PostFormAsync("/Pledges", new Dictionary<string, string>
        {
            ["CountryCode"] = "DE",
            ["Places"] = "10",
            ["PledgedOn"] = "2026-01-10",
            ["Categories"] = "Any",
        }))
        {
            pledged.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            var list = await resettlement.GetPageAsync(pledged.Headers.Location!.ToString());
            list.ShouldContain("The pledge of Germany for 10 places was recorded.");
            list.ShouldContain("<td>Anyone who chose resettlement</td>");
        }

        var pledgeId = await factory.WithDbAsync(db => db.Pledges.Select(p => p.Id).SingleAsync());
        var queue = await resettlement.GetPageAsync("/Referrals/Queue");
        queue.ShouldContain($"Refer {await CaseNumberAsync(factory, person.CaseId)}");
        var version = await factory.WithDbAsync(db => db.Cases.Where(c => c.Id == person.CaseId).Select(c => c.Version).SingleAsync());
        using (var referred = await resettlement.PostFormAsync("/Referrals/Queue", new Dictionary<string, string>
        {
            ["CaseId"] = person.CaseId.ToString(),
            ["PledgeId"] = pledgeId.ToString(),
            ["Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }))
        {
            referred.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            (await resettlement.GetPageAsync(referred.Headers.Location!.ToString())).ShouldContain("The case was referred.");
        }

        var referralId = await factory.WithDbAsync(db => db.Referrals.Select(r => r.Id).SingleAsync());
        using (var submitted = await resettlement.PostFormAsync($"/Cases/{person.CaseId}/Referrals?handler=Submit", new Dictionary<string, string>
        {
            ["ReferralId"] = referralId.ToString(),
            ["Reason"] = "Dossier sent",
        }))
        {
            submitted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            submitted.Headers.Location!.ToString().ShouldBe($"/Cases/{person.CaseId}/Referrals");
            (await resettlement.GetPageAsync(submitted.Headers.Location!.ToString())).ShouldContain("The referral was submitted to the receiving country.");
        }

        var toDecide = await german.GetPageAsync($"/Cases/{person.CaseId}/Referrals");
        toDecide.ShouldContain("value=\"MoreInformationRequested\"> More information requested</label>");
        toDecide.ShouldNotContain("> MoreInformationRequested<");
        toDecide.ShouldContain("<h2 id=\"members\">Members (1)</h2>");
        toDecide.ShouldContain("<bdi>Mohammad Hosseini</bdi>");
        toDecide.ShouldNotContain("Dossier sent", Shouldly.Case.Sensitive);
        toDecide.ShouldNotContain("reza.resettlement");
        toDecide.ShouldNotContain($"href=\"/Cases/{person.CaseId}\"");
        var asProtection = await protection.GetPageAsync($"/Cases/{person.CaseId}/Referrals");
        asProtection.ShouldNotContain("/Dossier?format=");
        asProtection.ShouldNotContain("<h2 id=\"members\">");
        (await resettlement.GetPageAsync($"/Cases/{person.CaseId}/Referrals")).ShouldContain("/Dossier?format=pdf");

        (await german.GetPageAsync("/Referrals")).ShouldContain($"/Cases/{person.CaseId}/Referrals");
        (await albanian.GetPageAsync("/Referrals")).ShouldContain("No referrals.");
        using (var hidden = await albanian.GetAsync(new Uri($"/Cases/{person.CaseId}/Referrals", UriKind.Relative)))
        {
            hidden.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        using (var decided = await german.PostFormAsync($"/Cases/{person.CaseId}/Referrals?handler=Decide", new Dictionary<string, string>
        {
            ["ReferralId"] = referralId.ToString(),
            ["Outcome"] = "Accepted",
            ["Reason"] = "Meets the criteria",
        }))
        {
            decided.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            (await german.GetPageAsync(decided.Headers.Location!.ToString())).ShouldContain("The decision was recorded: Accepted.");
        }

        (await resettlement.PostFormAsync($"/Cases/{person.CaseId}/Referrals?handler=Clear", new Dictionary<string, string>
        {
            ["ReferralId"] = referralId.ToString(),
            ["DocumentsReady"] = "true",
            ["ExitPermission"] = "true",
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await factory.WithDbAsync(db => db.Cases.Where(c => c.Id == person.CaseId).Select(c => c.Status).SingleAsync())).ShouldBe(CaseStatus.Cleared);
        var history = await resettlement.GetPageAsync($"/Cases/{person.CaseId}/Referrals");
        history.ShouldContain("<strong>Accepted</strong> — <bdi>Meets the criteria</bdi>");
        history.ShouldContain("<strong>Cleared</strong>");
        var pledges = await german.GetPageAsync("/Pledges");
        pledges.ShouldContain("value=\"1\" aria-label=\"Places used in Germany\"");
        using var pdf = await german.GetAsync(new Uri($"/Referrals/{referralId}/Dossier?format=pdf", UriKind.Relative));
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
    }

    [Fact]
    public async Task InterviewsPage_RoleWithoutTheChoice_IsDenied()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        var person = await factory.RegisterPersonAsync();
        using var registration = await factory.SignedInBrowserAsync("rasoul.registration", Roles.Registration);

        using var response = await registration.GetAsync(new Uri($"/Persons/{person.Id}/Interviews", UriKind.Relative));

        response.StatusCode.ShouldNotBe(HttpStatusCode.OK);
        (await registration.GetPageAsync($"/Persons/{person.Id}")).ShouldNotContain("/Interviews");
    }

    private static async Task<string> CaseNumberAsync(PassageWebFactory factory, Guid caseId) =>
        await factory.WithDbAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.CaseNumber).SingleAsync());

    private static async Task<HttpClient> DelegateBrowserAsync(PassageWebFactory factory, string userName, string country)
    {
        var user = await factory.CreateUserAsync(userName, Roles.CountryDelegate);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PassageUser>>();
            var stored = (await users.FindByIdAsync(user.Id))!;
            stored.CountryCode = country;
            (await users.UpdateAsync(stored)).Succeeded.ShouldBeTrue();
        }

        var browser = factory.CreateBrowser();
        (await PassageWebFactory.PostSignInAsync(browser, userName, PassageWebFactory.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return browser;
    }
}
