using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Passage.Core.Accounts;
using Passage.Testing;

namespace Passage.Web.Tests.Api;

public sealed class ResettlementApiTests
{
    private static object Interview(string choice) => new
    {
        heldOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1),
        interviewer = "Leila Karimi",
        interpreter = "Reza Ahmadi",
        language = "Persian",
        interviewedAlone = true,
        choice,
        preferredCountries = new[] { new { countryCode = "DE", reason = "FamilyThere", note = "Brother in Cologne" } },
        travelWith = Array.Empty<string>(),
        protectionConcerns = "Threatened over the wish to leave",
        confidentialFromFamily = true,
    };

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ReferralPath_InterviewToClearance_WorksThroughTheApiAndTheDelegateSeesOnlyTheirCountry(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var person = await factory.RegisterPersonAsync();
        using var protection = await factory.ApiClientAsync("parisa.protection", Roles.Protection);
        using var resettlement = await factory.ApiClientAsync("reza.resettlement", Roles.Resettlement);
        using var german = await DelegateAsync(factory, "hanna.delegate", "DE");
        using var albanian = await DelegateAsync(factory, "arben.delegate", "AL");

        (await protection.PostJsonAsync($"/api/v1/persons/{person.Id}/interviews", Interview("Resettle"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var pledge = await (await resettlement.PostJsonAsync("/api/v1/pledges", new { countryCode = "DE", places = 10, pledgedOn = "2026-01-10", categories = "Any" })).JsonAsync();
        var version = (await (await resettlement.GetAsync($"/api/v1/cases/{person.CaseId}/referrals")).JsonAsync()).GetProperty("caseVersion").GetInt64();
        using var referred = await resettlement.PostJsonAsync("/api/v1/referrals",
            new { caseId = person.CaseId, pledgeId = pledge.GetProperty("id").GetGuid(), expectedCaseVersion = version, reason = "Chose resettlement" });
        referred.StatusCode.ShouldBe(HttpStatusCode.OK);
        var referral = (await referred.JsonAsync()).GetProperty("referralId").GetGuid();
        (await resettlement.PostJsonAsync($"/api/v1/referrals/{referral}/submission", new { reason = "Dossier sent" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var inbox = await (await german.GetAsync("/api/v1/referrals?status=Submitted")).JsonAsync();
        using var otherCountry = await albanian.GetAsync($"/api/v1/cases/{person.CaseId}/referrals");
        using var otherDecision = await albanian.PostJsonAsync($"/api/v1/referrals/{referral}/decisions", new { outcome = "Rejected", decidedOn = "2026-11-01", reason = "No" });
        using var dossier = await german.GetAsync($"/api/v1/referrals/{referral}/dossier.json");
        using var decided = await german.PostJsonAsync($"/api/v1/referrals/{referral}/decisions", new { outcome = "Accepted", decidedOn = "2026-11-01", reason = "Meets the criteria" });
        using var cleared = await resettlement.PostJsonAsync($"/api/v1/referrals/{referral}/clearances", new { documentsReady = true, exitPermission = true, on = "2026-11-02" });

        inbox.EnumerateArray().ShouldHaveSingleItem().GetProperty("caseId").GetGuid().ShouldBe(person.CaseId);
        otherCountry.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        otherDecision.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var dossierText = await dossier.Content.ReadAsStringAsync();
        dossierText.ShouldContain(person.RegistrationNumber);
        dossierText.ShouldNotContain("Threatened");
        decided.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await cleared.JsonAsync()).GetProperty("status").GetString().ShouldBe("Cleared");
        var pledges = await (await german.GetAsync("/api/v1/pledges")).JsonAsync();
        pledges[0].GetProperty("accepted").GetInt32().ShouldBe(1);
        pledges[0].GetProperty("remaining").GetInt32().ShouldBe(9);
        (await (await resettlement.GetAsync($"/api/v1/cases/{person.CaseId}")).JsonAsync()).GetProperty("status").GetString().ShouldBe("Cleared");
    }

    [Fact]
    public async Task Interviews_PerRole_RecordForProtectionChoiceForResettlementNotFoundForOthers()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        var person = await factory.RegisterPersonAsync();
        using var protection = await factory.ApiClientAsync("parisa.protection", Roles.Protection);
        using var resettlement = await factory.ApiClientAsync("reza.resettlement", Roles.Resettlement);
        using var registration = await factory.ApiClientAsync("rasoul.registration", Roles.Registration);
        await protection.PostJsonAsync($"/api/v1/persons/{person.Id}/interviews", Interview("Undecided"));

        var full = await (await protection.GetAsync($"/api/v1/persons/{person.Id}/interviews")).JsonAsync();
        var choiceOnly = await (await resettlement.GetAsync($"/api/v1/persons/{person.Id}/interviews")).JsonAsync();
        using var denied = await registration.GetAsync($"/api/v1/persons/{person.Id}/interviews");

        full.GetProperty("interviews")[0].GetProperty("record").GetProperty("protectionConcerns").GetString().ShouldBe("Threatened over the wish to leave");
        choiceOnly.GetProperty("interviews")[0].GetProperty("choice").GetString().ShouldBe("Undecided");
        choiceOnly.GetProperty("interviews")[0].GetProperty("record").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        denied.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    internal static async Task<HttpClient> DelegateAsync(PassageWebFactory factory, string userName, string country)
    {
        var client = await factory.ApiClientAsync(userName, Roles.CountryDelegate);
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PassageUser>>();
        var user = (await users.FindByNameAsync(userName))!;
        user.CountryCode = country;
        (await users.UpdateAsync(user)).Succeeded.ShouldBeTrue();
        return client;
    }
}
