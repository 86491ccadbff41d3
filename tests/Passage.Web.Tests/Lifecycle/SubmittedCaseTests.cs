using System.Net;
using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Cases;
using Passage.Core.Registry;
using Passage.Testing;
using Passage.Web.Tests.Api;
using Passage.Web.Tests.Pages;

namespace Passage.Web.Tests.Lifecycle;

/// <summary>
/// Through the API and the pages: a submitted case's membership is frozen until its referral is withdrawn with a reason,
/// and the places of an accepted case come back to the pledge when its referral is withdrawn or the case closes.
/// </summary>
public sealed class SubmittedCaseTests
{
    private static readonly object ResettleInterview = new
    {
        heldOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1),
        interviewer = "Leila Karimi",
        interpreter = "Reza Ahmadi",
        language = "Persian",
        interviewedAlone = true,
        choice = "Resettle",
        preferredCountries = new[] { new { countryCode = "DE", reason = "FamilyThere", note = "Brother in Cologne" } },
        travelWith = Array.Empty<string>(),
        protectionConcerns = (string?)null,
        confidentialFromFamily = false,
    };

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Api_SubmittedCase_NobodyJoinsOrLeavesUntilTheReferralIsWithdrawnWithAReason(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var scene = await SubmittedAsync(factory);
        var outsider = await factory.RegisterPersonAsync(Resident("Maryam", "Sadeghi", "مریم", "صادقی", "Female", "1995"));
        using var registration = await factory.ApiClientAsync("fatemeh.registration", Roles.Registration);

        using var joins = await registration.PostJsonAsync($"/api/v1/persons?caseId={scene.Person.CaseId}", Resident("Reza", "Jafari", "رضا", "جعفری", "Male", "2024-05"));
        using var leaves = await registration.PostJsonAsync($"/api/v1/persons/{scene.Person.Id}/case", new { targetCaseId = (Guid?)null, reason = "Own household" });
        using var movesIn = await registration.PostJsonAsync($"/api/v1/persons/{outsider.Id}/case", new { targetCaseId = scene.Person.CaseId, reason = "Joins the family" });
        using var withoutReason = await scene.Resettlement.PostJsonAsync($"/api/v1/referrals/{scene.Referral}/withdrawal", new { reason = " " });

        joins.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await joins.JsonAsync()).GetProperty("errors").GetProperty("CaseId")[0].GetString()!.ShouldContain("Withdraw the referral first");
        leaves.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        movesIn.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        withoutReason.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await factory.WithDbAsync(db => db.Persons.CountAsync(p => p.CaseId == scene.Person.CaseId))).ShouldBe(1);

        using var withdrawn = await scene.Resettlement.PostJsonAsync($"/api/v1/referrals/{scene.Referral}/withdrawal", new { reason = "Family asked to wait" });
        using var joinsAfter = await registration.PostJsonAsync($"/api/v1/persons/{outsider.Id}/case", new { targetCaseId = scene.Person.CaseId, reason = "Joins the family" });

        withdrawn.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await withdrawn.JsonAsync()).GetProperty("status").GetString().ShouldBe("Withdrawn");
        joinsAfter.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await factory.CaseStatusAsync(scene.Person.CaseId)).ShouldBe(CaseStatus.Interviewed);
        var history = await (await scene.Resettlement.GetAsync($"/api/v1/cases/{scene.Person.CaseId}/history")).JsonAsync();
        history.EnumerateArray().Select(e => e.GetProperty("reason").GetString()).ShouldContain("Referral to DE withdrawn: Family asked to wait");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Pages_SubmittedCase_RegistrationIntoItAndMovesAreRefusedBesideTheField(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var scene = await SubmittedAsync(factory);
        var caseNumber = await factory.WithDbAsync(db => db.Cases.Where(c => c.Id == scene.Person.CaseId).Select(c => c.CaseNumber).SingleAsync());
        using var browser = await factory.SignedInBrowserAsync("fatemeh.registration", Roles.Registration);

        using var registered = await browser.PostFormAsync("/Persons/Register", new Dictionary<string, string>
        {
            ["Form.GivenName"] = "Reza",
            ["Form.FamilyName"] = "Jafari",
            ["Form.Sex"] = "Male",
            ["Form.BirthDate"] = "2024-05",
            ["Form.CampBlock"] = "C2",
            ["Form.CampUnit"] = "8",
            ["JoinCase"] = caseNumber,
        });
        using var moved = await browser.PostFormAsync($"/Persons/{scene.Person.Id}/MoveCase",
            new Dictionary<string, string> { ["TargetCase"] = "", ["Reason"] = "Own household" });

        registered.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await registered.Content.ReadAsStringAsync()).ShouldContain("from the referral's submission on nobody joins or leaves it");
        WebUtility.HtmlDecode(await moved.Content.ReadAsStringAsync()).ShouldContain("Withdraw the referral first");
        (await factory.WithDbAsync(db => db.Persons.CountAsync(p => p.CaseId == scene.Person.CaseId))).ShouldBe(1);
        (await factory.WithDbAsync(db => db.Persons.CountAsync())).ShouldBe(1);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Page_WithdrawAcceptedReferral_ReturnsThePlacesAndTheCaseToInterviewed(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var scene = await AcceptedAsync(factory);
        using var browser = await factory.SignedInBrowserAsync("reza.browser", Roles.Resettlement);
        var page = await browser.GetPageAsync($"/Cases/{scene.Person.CaseId}/Referrals");

        using var response = await browser.PostFormAsync($"/Cases/{scene.Person.CaseId}/Referrals?handler=Withdraw",
            new Dictionary<string, string> { ["ReferralId"] = scene.Referral.ToString(), ["Reason"] = "Family asked to wait" });

        page.ShouldContain("Withdraw referral to DE");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.CaseStatusAsync(scene.Person.CaseId)).ShouldBe(CaseStatus.Interviewed);
        (await AcceptedOnThePledgeAsync(factory, scene)).ShouldBe(0);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Withdrawn")]
    [InlineData(DatabaseProvider.Postgres, "Withdrawn")]
    public async Task AcceptedCaseCloses_OnApiAndPage_ItsPlacesComeBackToThePledge(DatabaseProvider provider, string closing)
    {
        using var factory = new PassageWebFactory(provider);
        var viaApi = await AcceptedAsync(factory, "DE");
        var viaPage = await AcceptedAsync(factory, "SE");
        using var api = await factory.ApiClientAsync("parisa.api", Roles.Protection);
        using var browser = await factory.SignedInBrowserAsync("parisa.browser", Roles.Protection);

        var version = await factory.WithDbAsync(db => db.Cases.Where(c => c.Id == viaApi.Person.CaseId).Select(c => c.Version).SingleAsync());
        using var closedByApi = await api.PostJsonAsync($"/api/v1/cases/{viaApi.Person.CaseId}/transitions", new { to = closing, reason = "Recorded by protection", expectedVersion = version });
        version = await factory.WithDbAsync(db => db.Cases.Where(c => c.Id == viaPage.Person.CaseId).Select(c => c.Version).SingleAsync());
        using var closedByPage = await browser.PostFormAsync($"/Cases/{viaPage.Person.CaseId}",
            new Dictionary<string, string> { ["To"] = closing, ["Reason"] = "Recorded by protection", ["Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        closedByApi.StatusCode.ShouldBe(HttpStatusCode.OK);
        closedByPage.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await AcceptedOnThePledgeAsync(factory, viaApi)).ShouldBe(0);
        (await AcceptedOnThePledgeAsync(factory, viaPage)).ShouldBe(0);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task CountryReversesItsAcceptance_OnApiAndPage_PlacesComeBackAndTheCaseIsRejected(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var viaApi = await AcceptedAsync(factory, "DE");
        var viaPage = await AcceptedAsync(factory, "SE");
        using var browser = await factory.SignedInBrowserAsync("reza.browser", Roles.Resettlement);
        var page = await browser.GetPageAsync($"/Cases/{viaPage.Person.CaseId}/Referrals");

        using var byApi = await viaApi.Resettlement.PostJsonAsync($"/api/v1/referrals/{viaApi.Referral}/decisions",
            new { outcome = "Rejected", decidedOn = "2026-11-02", reason = "Security check not passed" });
        using var byPage = await browser.PostFormAsync($"/Cases/{viaPage.Person.CaseId}/Referrals?handler=Decide",
            new Dictionary<string, string> { ["ReferralId"] = viaPage.Referral.ToString(), ["Outcome"] = "Rejected", ["Reason"] = "Pledge criteria changed" });
        using var acceptedAgain = await viaApi.Resettlement.PostJsonAsync($"/api/v1/referrals/{viaApi.Referral}/decisions",
            new { outcome = "Accepted", decidedOn = "2026-11-03", reason = "Changed its mind" });

        page.ShouldContain("Record that SE reverses its acceptance");
        byApi.StatusCode.ShouldBe(HttpStatusCode.OK);
        byPage.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        acceptedAgain.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await factory.CaseStatusAsync(viaApi.Person.CaseId)).ShouldBe(CaseStatus.Rejected);
        (await factory.CaseStatusAsync(viaPage.Person.CaseId)).ShouldBe(CaseStatus.Rejected);
        (await AcceptedOnThePledgeAsync(factory, viaApi)).ShouldBe(0);
        (await AcceptedOnThePledgeAsync(factory, viaPage)).ShouldBe(0);
    }

    private static PersonDetails Resident(string given, string family, string givenAr, string familyAr, string sex, string birth) =>
        new(given, family, null, givenAr, familyAr, null, sex, birth, "B4", "17", null, null);

    private sealed record Scene(Person Person, Guid Pledge, Guid Referral, HttpClient Resettlement);

    /// <summary>A one-person case, interviewed, referred to a new pledge of <paramref name="country"/> and submitted, through the API.</summary>
    private static async Task<Scene> SubmittedAsync(PassageWebFactory factory, string country = "DE")
    {
        var person = await factory.RegisterPersonAsync(Resident(country == "DE" ? "Hossein" : "Mehdi", country == "DE" ? "Rezaei" : "Karimi", country == "DE" ? "حسین" : "مهدی", country == "DE" ? "رضایی" : "کریمی", "Male", "1968"));
        using var protection = await factory.ApiClientAsync("parisa." + country, Roles.Protection);
        var resettlement = await factory.ApiClientAsync("reza." + country, Roles.Resettlement);
        (await protection.PostJsonAsync($"/api/v1/persons/{person.Id}/interviews", ResettleInterview)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var pledge = (await (await resettlement.PostJsonAsync("/api/v1/pledges", new { countryCode = country, places = 10, pledgedOn = "2026-01-10", categories = "Any" })).JsonAsync())
            .GetProperty("id").GetGuid();
        var version = (await (await resettlement.GetAsync($"/api/v1/cases/{person.CaseId}/referrals")).JsonAsync()).GetProperty("caseVersion").GetInt64();
        var referral = (await (await resettlement.PostJsonAsync("/api/v1/referrals",
            new { caseId = person.CaseId, pledgeId = pledge, expectedCaseVersion = version, reason = "Chose resettlement" })).JsonAsync()).GetProperty("referralId").GetGuid();
        (await resettlement.PostJsonAsync($"/api/v1/referrals/{referral}/submission", new { reason = "Dossier sent" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        return new Scene(person, pledge, referral, resettlement);
    }

    private static async Task<Scene> AcceptedAsync(PassageWebFactory factory, string country = "DE")
    {
        var scene = await SubmittedAsync(factory, country);
        (await scene.Resettlement.PostJsonAsync($"/api/v1/referrals/{scene.Referral}/decisions",
            new { outcome = "Accepted", decidedOn = "2026-11-01", reason = "Meets the criteria" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await AcceptedOnThePledgeAsync(factory, scene)).ShouldBe(1);
        return scene;
    }

    /// <summary>The persons counted against the scene's pledge: its counter, which must agree with the pledge's figures on the API.</summary>
    private static async Task<int> AcceptedOnThePledgeAsync(PassageWebFactory factory, Scene scene)
    {
        var counted = await factory.WithDbAsync(db => db.PledgeCounters.Where(c => c.PledgeId == scene.Pledge).Select(c => c.Accepted).SingleAsync());
        var pledges = await (await scene.Resettlement.GetAsync("/api/v1/pledges")).JsonAsync();
        var shown = pledges.EnumerateArray().Single(p => p.GetProperty("id").GetGuid() == scene.Pledge);
        shown.GetProperty("accepted").GetInt32().ShouldBe(counted);
        shown.GetProperty("remaining").GetInt32().ShouldBe(10 - counted);
        return counted;
    }
}
