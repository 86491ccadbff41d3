using System.Net;
using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Cases;
using Passage.Testing;
using Passage.Web.Tests.Api;
using Passage.Web.Tests.Lifecycle;

namespace Passage.Web.Tests.Pages;

public sealed class MovementPagesTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task DepartureDay_OnThePages_BookFromTheCaseFindByNameCheckInAndAPartlyDepartedFamilyIsFlagged(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var pledge = await ClearedCases.PledgeAsync(factory, "DE");
        var father = await ClearedCases.ClearedAsync(factory, pledge, PassageWebFactory.SampleDetails("Zahra", "Hosseini", "1986"));
        var zahra = await factory.WithDbAsync(db => db.Persons.Where(p => p.CaseId == father.CaseId && p.Id != father.Id).Select(p => p.Id).SingleAsync());
        using var browser = await factory.SignedInBrowserAsync("omid.movement", Roles.Movement);

        using var planned = await browser.PostFormAsync("/Movements", new Dictionary<string, string>
        {
            ["Movement.Kind"] = "Flight",
            ["Movement.DepartsAt"] = DateTime.UtcNow.AddDays(4).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture),
            ["Movement.Origin"] = "Baghdad International (BGW)",
            ["Movement.CountryCode"] = "de",
            ["Movement.Destination"] = "Hannover (HAJ)",
            ["Movement.Carrier"] = "Iraqi Airways",
            ["Movement.Number"] = "IA 231",
            ["Movement.Seats"] = "150",
            ["Movement.EscortPlaces"] = "4",
            ["Movement.WheelchairPlaces"] = "2",
        });
        planned.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var movement = planned.Headers.Location!.OriginalString;
        var movementId = movement["/Movements/".Length..];
        using var booked = await browser.PostFormAsync($"/Cases/{father.CaseId}/Movements", new Dictionary<string, string> { ["MovementId"] = movementId });
        var found = await browser.GetPageAsync($"{movement}?q=zahra");
        using var checkedIn = await browser.PostFormAsync($"{movement}?handler=CheckIn", new Dictionary<string, string> { ["PersonId"] = father.Id.ToString() });
        using var departed = await browser.PostFormAsync($"{movement}?handler=Depart", new Dictionary<string, string> { ["PersonId"] = father.Id.ToString() });
        using var noShow = await browser.PostFormAsync($"{movement}?handler=NoShow", new Dictionary<string, string> { ["PersonId"] = zahra.ToString(), ["Reason"] = "Gave birth the night before" });

        booked.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        found.ShouldContain("Zahra Hosseini");
        found.ShouldNotContain("Mohammad Hosseini");
        found.ShouldContain("class=\"big\">Check in</button>");
        (checkedIn.StatusCode, departed.StatusCode, noShow.StatusCode).ShouldBe((HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect));
        (await browser.GetPageAsync(movement)).ShouldContain("1 partly departed family:");
        (await browser.GetPageAsync($"/Cases/{father.CaseId}")).ShouldContain("<strong>Partly departed:</strong>");
        (await browser.GetPageAsync($"/Cases/{father.CaseId}/Movements")).ShouldContain("Gave birth the night before");
        (await factory.CaseStatusAsync(father.CaseId)).ShouldBe(CaseStatus.Departed);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Manifest_DownloadedFromTheMovementPage_IsNeverCachedAndIsAudited(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var pledge = await ClearedCases.PledgeAsync(factory, "DE");
        var person = await ClearedCases.ClearedAsync(factory, pledge);
        using var officer = await factory.ApiClientAsync("omid.api", Roles.Movement);
        var movement = await ClearedCases.PlanAsync(officer);
        (await officer.PostJsonAsync($"/api/v1/movements/{movement}/bookings", new { caseId = person.CaseId })).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var browser = await factory.SignedInBrowserAsync("omid.movement", Roles.Movement);
        using var registration = await factory.SignedInBrowserAsync("rana.registration", Roles.Registration);

        using var issued = await browser.PostFormAsync($"/Movements/{movement}?handler=Issue", new Dictionary<string, string>());
        using var csv = await browser.GetAsync(new Uri($"/Movements/{movement}/Manifest/1?format=Csv", UriKind.Relative));
        using var viaApi = await officer.GetAsync($"/api/v1/movements/{movement}/manifests/1?format=Xlsx");
        using var refused = await registration.GetAsync(new Uri($"/Movements/{movement}", UriKind.Relative));

        issued.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        csv.Headers.CacheControl!.NoStore.ShouldBeTrue();
        csv.Content.Headers.ContentDisposition!.FileName.ShouldNotBeNull().ShouldContain("manifest-IraqiAirways-IA231");
        (await csv.Content.ReadAsStringAsync()).ShouldContain("Mohammad Hosseini,محمد حسینی,1984-03,Male,,medical escort");
        viaApi.Headers.CacheControl!.NoStore.ShouldBeTrue();
        refused.StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect);
        (await factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditAction.Exported && e.EntityType == "ManifestVersion"))).ShouldBe(2);
    }
}
