using System.Net;
using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Cases;
using Passage.Testing;
using Passage.Web.Tests.Api;
using Passage.Web.Tests.Pages;

namespace Passage.Web.Tests.Lifecycle;

/// <summary>
/// Walks the whole transition table through the generic path, <c>POST /api/v1/cases/{id}/transitions</c> with a real
/// token and the case page's form: every transition a flow owns is refused naming that flow and never offered; every
/// other one still works.
/// </summary>
public sealed class TransitionOwnershipTests
{
    private static readonly string[] EveryCaseRole = [Roles.Registration, Roles.Protection, Roles.Resettlement, Roles.Movement, Roles.Security];

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task GenericPath_EveryFlowOwnedTransition_IsRefusedOnApiAndPageNamingItsFlow(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        using var api = await factory.ApiClientAsync("omid.api", EveryCaseRole);
        using var browser = await factory.SignedInBrowserAsync("omid.browser", EveryCaseRole);

        foreach (var t in CaseLifecycle.Transitions.Where(t => !t.IsGeneric))
        {
            var expected = $"A case moves from {CaseStatuses.Label(t.From)} to {CaseStatuses.Label(t.To)} only through {CaseFlows.Label(t.Flow)}; it is not changed by hand.";

            var viaApi = (await factory.RegisterPersonAsync()).CaseId;
            var version = await factory.PutCaseAtAsync(viaApi, t.From);
            var offered = await (await api.GetAsync($"/api/v1/cases/{viaApi}/transitions")).JsonAsync();
            using var response = await api.PostJsonAsync($"/api/v1/cases/{viaApi}/transitions", new { to = t.To.ToString(), reason = "By hand", expectedVersion = version });

            offered.EnumerateArray().Select(o => o.GetProperty("to").GetString()).ShouldNotContain(t.To.ToString(), t.Name);
            response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity, t.Name);
            (await response.JsonAsync()).GetProperty("detail").GetString().ShouldBe(expected);
            (await factory.CaseStatusAsync(viaApi)).ShouldBe(t.From, t.Name);

            var viaPage = (await factory.RegisterPersonAsync()).CaseId;
            version = await factory.PutCaseAtAsync(viaPage, t.From);
            var form = await browser.GetPageAsync($"/Cases/{viaPage}");
            using var posted = await browser.PostFormAsync($"/Cases/{viaPage}",
                new Dictionary<string, string> { ["To"] = t.To.ToString(), ["Reason"] = "By hand", ["Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture) });

            form.ShouldNotContain($"value=\"{t.To}\"", customMessage: t.Name);
            posted.StatusCode.ShouldBe(HttpStatusCode.OK, t.Name);
            WebUtility.HtmlDecode(await posted.Content.ReadAsStringAsync()).ShouldContain(expected, customMessage: t.Name);
            (await factory.CaseStatusAsync(viaPage)).ShouldBe(t.From, t.Name);
        }
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task GenericPath_EveryTransitionNoFlowOwns_StillWorksOnApiAndPage(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        using var api = await factory.ApiClientAsync("omid.api", EveryCaseRole);
        using var browser = await factory.SignedInBrowserAsync("omid.browser", EveryCaseRole);

        foreach (var t in CaseLifecycle.Transitions.Where(t => t.IsGeneric))
        {
            CaseStatus? heldFrom = t.From != CaseStatus.OnHold ? null : CaseStatuses.IsOpen(t.To) ? t.To : CaseStatus.Interviewed;

            var viaApi = (await factory.RegisterPersonAsync()).CaseId;
            var version = await factory.PutCaseAtAsync(viaApi, t.From, heldFrom);
            using var response = await api.PostJsonAsync($"/api/v1/cases/{viaApi}/transitions", new { to = t.To.ToString(), reason = "Recorded by hand", expectedVersion = version });

            response.StatusCode.ShouldBe(HttpStatusCode.OK, t.Name);
            (await factory.CaseStatusAsync(viaApi)).ShouldBe(t.To, t.Name);

            var viaPage = (await factory.RegisterPersonAsync()).CaseId;
            version = await factory.PutCaseAtAsync(viaPage, t.From, heldFrom);
            var form = await browser.GetPageAsync($"/Cases/{viaPage}");
            using var posted = await browser.PostFormAsync($"/Cases/{viaPage}",
                new Dictionary<string, string> { ["To"] = t.To.ToString(), ["Reason"] = "Recorded by hand", ["Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture) });

            form.ShouldContain($"value=\"{t.To}\"", customMessage: t.Name);
            posted.StatusCode.ShouldBe(HttpStatusCode.Redirect, t.Name);
            (await factory.CaseStatusAsync(viaPage)).ShouldBe(t.To, t.Name);
        }
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task MovementFlow_EveryTransitionItOwns_IsMadeThroughTheMovementEndpoints(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        using var officer = await factory.ApiClientAsync("omid.movement", Roles.Movement);
        using var germany = await ResettlementApiTests.DelegateAsync(factory, "hanna.delegate", "DE");
        var pledge = await ClearedCases.PledgeAsync(factory, "DE");
        var travels = await ClearedCases.ClearedAsync(factory, pledge);
        var stays = await ClearedCases.ClearedAsync(factory, pledge);
        var waits = await ClearedCases.ClearedAsync(factory, pledge);
        var flight = await ClearedCases.PlanAsync(officer);
        var later = await ClearedCases.PlanAsync(officer);

        var statuses = new List<CaseStatus>();
        async Task PostAsync(HttpClient client, string path, object body, Guid caseId)
        {
            using var response = await client.PostJsonAsync(path, body);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{path}: {await response.Content.ReadAsStringAsync()}");
            statuses.Add(await factory.CaseStatusAsync(caseId));
        }

        await PostAsync(officer, $"/api/v1/movements/{flight}/bookings", new { caseId = travels.CaseId }, travels.CaseId);
        await PostAsync(officer, $"/api/v1/movements/{flight}/bookings", new { caseId = stays.CaseId }, stays.CaseId);
        await PostAsync(officer, $"/api/v1/movements/{flight}/passengers/{travels.Id}/check-in", new { }, travels.CaseId);
        await PostAsync(officer, $"/api/v1/movements/{flight}/passengers/{travels.Id}/departure", new { }, travels.CaseId);
        await PostAsync(germany, $"/api/v1/movements/{flight}/passengers/{travels.Id}/arrival", new { }, travels.CaseId);
        await PostAsync(officer, $"/api/v1/movements/{flight}/passengers/{stays.Id}/no-show", new { reason = "Did not come to the gate" }, stays.CaseId);
        await PostAsync(officer, $"/api/v1/movements/{later}/bookings", new { caseId = waits.CaseId }, waits.CaseId);
        await PostAsync(officer, $"/api/v1/movements/{later}/cancellation", new { reason = "Airport closed" }, waits.CaseId);

        statuses.ShouldBe([
            CaseStatus.Booked, CaseStatus.Booked, CaseStatus.Booked, CaseStatus.Departed, CaseStatus.Arrived, CaseStatus.Cleared,
            CaseStatus.Booked, CaseStatus.Cleared,
        ]);
        var made = await factory.WithDbAsync(db => db.CaseEvents.Where(e => e.Kind == CaseEventKind.StatusChanged && e.FromStatus >= CaseStatus.Cleared)
            .Select(e => new { e.FromStatus, e.ToStatus }).ToListAsync());
        var owned = CaseLifecycle.Transitions.Where(t => t.Flow == CaseFlow.Movement).Select(t => (t.From, t.To)).ToList();
        owned.ShouldBe(made.Select(e => (e.FromStatus!.Value, e.ToStatus!.Value)).Distinct().Where(owned.Contains), ignoreOrder: true);
    }
}
