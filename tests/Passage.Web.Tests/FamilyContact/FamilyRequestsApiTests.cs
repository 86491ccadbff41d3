using System.Net;
using Passage.Core.Accounts;
using Passage.Testing;
using Passage.Web.Tests.Api;

namespace Passage.Web.Tests.FamilyContact;

/// <summary>A tracing officer works a family request through the API from receipt to a call arranged; other roles read only what the table lets them.</summary>
public sealed class FamilyRequestsApiTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Request_ThroughTheApi_FromReceiptToACallArranged(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var sought = await factory.RegisterPersonAsync(PassageWebFactory.SampleDetails("Shirin", "Tehrani", "1987"));
        await factory.RegisterPersonAsync(PassageWebFactory.SampleDetails("Shahin", "Tehrani", "1962"));
        using var tracing = await factory.ApiClientAsync("sara.tracing", Roles.Tracing);
        using var protection = await factory.ApiClientAsync("parisa.protection", Roles.Protection);
        using var registration = await factory.ApiClientAsync("omid.registration", Roles.Registration);

        using var received = await tracing.PostJsonAsync("/api/v1/family-requests/", new
        {
            requesterName = "Babak Tehrani",
            relationship = "Sibling",
            requesterContact = "+46 70 123 4567",
            identityCheck = "DocumentSeen",
            soughtName = "Shirin Tehrani",
            soughtNameOtherScript = "شیرین تهرانی",
            soughtBirthYear = 1366,
            soughtFatherName = "Ali",
            reason = "Our father died; she should know",
        });
        var id = (await received.JsonAsync()).GetProperty("id").GetGuid();
        var candidates = await (await tracing.GetAsync($"/api/v1/family-requests/{id}/candidates")).JsonAsync();
        using var notAlone = await tracing.PostJsonAsync($"/api/v1/family-requests/{id}/consent", new { answer = "Accept", askedAlone = false, expectedVersion = 0 });
        using var confirmed = await tracing.PostJsonAsync($"/api/v1/family-requests/{id}/candidate", new { personId = sought.Id, expectedVersion = 0 });
        using var stale = await tracing.PostJsonAsync($"/api/v1/family-requests/{id}/consent", new { answer = "Accept", askedAlone = true, expectedVersion = 0 });
        using var consented = await tracing.PostJsonAsync($"/api/v1/family-requests/{id}/consent", new { answer = "Accept", askedAlone = true, note = "Yes, by phone", expectedVersion = 1 });
        using var called = await tracing.PostJsonAsync($"/api/v1/family-requests/{id}/contacts", new { kind = "CallArranged", note = "Call at the office on Tuesday", expectedVersion = 2 });
        using var byProtection = await protection.GetAsync($"/api/v1/family-requests/{id}");
        using var protectionReceives = await protection.PostJsonAsync("/api/v1/family-requests/", new { requesterName = "x" });
        using var byRegistration = await registration.GetAsync($"/api/v1/family-requests/{id}");

        received.StatusCode.ShouldBe(HttpStatusCode.OK);
        candidates[0].GetProperty("personId").GetGuid().ShouldBe(sought.Id);
        candidates[0].GetProperty("result").GetProperty("explanation").GetArrayLength().ShouldBeGreaterThan(0);
        notAlone.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await notAlone.Content.ReadAsStringAsync()).ShouldContain("an answer given with anyone else present is not recorded");
        confirmed.StatusCode.ShouldBe(HttpStatusCode.OK, await confirmed.Content.ReadAsStringAsync());
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        consented.StatusCode.ShouldBe(HttpStatusCode.OK, await consented.Content.ReadAsStringAsync());
        (await consented.JsonAsync()).GetProperty("answerToRequester").GetString().ShouldBe(Core.FamilyContact.RequesterAnswers.Contact);
        called.StatusCode.ShouldBe(HttpStatusCode.OK, await called.Content.ReadAsStringAsync());
        var view = await byProtection.JsonAsync();
        view.GetProperty("contacts")[0].GetProperty("kind").GetString().ShouldBe("CallArranged");
        view.GetProperty("soughtPerson").GetProperty("registrationNumber").GetString().ShouldBe(sought.RegistrationNumber);
        protectionReceives.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        byRegistration.StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        using var withdrawn = await tracing.PostJsonAsync($"/api/v1/family-requests/{id}/consent-withdrawal", new { note = "No longer wants contact", expectedVersion = 3 });
        using var afterWithdrawal = await tracing.GetAsync($"/api/v1/family-requests/{id}/answer");
        using var callAfterWithdrawal = await tracing.PostJsonAsync($"/api/v1/family-requests/{id}/contacts", new { kind = "CallArranged", note = "Another call", expectedVersion = 4 });

        withdrawn.StatusCode.ShouldBe(HttpStatusCode.OK, await withdrawn.Content.ReadAsStringAsync());
        (await withdrawn.JsonAsync()).GetProperty("stage").GetString().ShouldBe("ConsentWithdrawn");
        (await afterWithdrawal.JsonAsync()).GetProperty("text").GetString().ShouldBe(Core.FamilyContact.RequesterAnswers.Standard);
        callAfterWithdrawal.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await callAfterWithdrawal.JsonAsync()).GetProperty("detail").GetString().ShouldBe("Contact is made only with the sought person's consent in force.");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Requests_OneRequesterSpellingTheirNameAnotherWay_AreRefusedPastTheLimitAndFlaggedForSecurity(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        using var tracing = await factory.ApiClientAsync("sara.tracing", Roles.Tracing);
        using var security = await factory.ApiClientAsync("kaveh.security", Roles.Security);
        var spellings = new[]
        {
            ("Nader Farahani", "+964 770 123 4567", "Ali Rezaei"),
            ("Nader Farahany Kermani", "0770-123-4567", "Narges Ahmadi"),
            ("نادر فراهانی", "nader.f@example.org", "Hossein Karimi"),
            ("Naader Farahani-Kermani", "+964 770 123 4567", "Zahra Moradi"),
            ("N. Kermani", "Nader.F+2@Example.org", "Reza Jafari"),
            ("نادر کرمانی", "۰۷۷۰ ۱۲۳ ۴۵۶۷", "Leila Sadeghi"),
        };

        var statuses = new List<HttpStatusCode>();
        foreach (var (requester, contact, sought) in spellings)
        {
            using var response = await tracing.PostJsonAsync("/api/v1/family-requests/", new
            {
                requesterName = requester,
                relationship = "OtherRelative",
                requesterContact = contact,
                identityCheck = "NotChecked",
                soughtName = sought,
                reason = "Says he is a cousin",
            });
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.UnprocessableEntity)
            {
                (await response.JsonAsync()).GetProperty("detail").GetString().ShouldBe(
                    "This requester made 5 requests in the last 30 days, the most allowed; the security officer is told.");
            }
        }

        var flags = await (await security.GetAsync("/api/v1/family-request-flags/")).JsonAsync();

        statuses.ShouldBe([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.UnprocessableEntity]);
        var reasons = flags.GetProperty("items").EnumerateArray().Select(f => f.GetProperty("reason").GetString()).ToList();
        reasons.ShouldContain("RequesterLimit");
        reasons.ShouldContain("ManyPeople");
    }
}
