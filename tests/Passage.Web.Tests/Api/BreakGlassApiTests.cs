using System.Net;
using Passage.Core.Accounts;
using Passage.Testing;

namespace Passage.Web.Tests.Api;

public sealed class BreakGlassApiTests
{
    private const string Reason = "Rocket attack on block B4: medical needs of the injured resident are needed at the clinic now";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task BreakGlass_ViewerStatingAReason_OpensThePersonOnlyThen(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var person = await factory.RegisterPersonAsync();
        using var viewer = await factory.ApiClientAsync("shirin.viewer", Roles.Viewer);

        using var before = await viewer.GetAsync($"/api/v1/persons/{person.Id}");
        using var withoutReason = await viewer.PostJsonAsync("/api/v1/break-glass", new { recordKind = "Person", recordId = person.Id, reason = "" });
        using var opened = await viewer.PostJsonAsync("/api/v1/break-glass", new { recordKind = "Person", recordId = person.Id, reason = Reason });
        using var after = await viewer.GetAsync($"/api/v1/persons/{person.Id}");

        before.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        withoutReason.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        withoutReason.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await withoutReason.JsonAsync()).GetProperty("errors").GetProperty("Reason")[0].GetString()!.ShouldContain("Without a reason nothing opens");
        opened.StatusCode.ShouldBe(HttpStatusCode.Created);
        opened.Headers.Location!.ToString().ShouldBe($"/api/v1/persons/{person.Id}");
        var grant = await opened.JsonAsync();
        grant.GetProperty("active").GetBoolean().ShouldBeTrue();
        after.StatusCode.ShouldBe(HttpStatusCode.OK);
        var record = await after.JsonAsync();
        record.GetProperty("givenName").GetString().ShouldBe("Mohammad");
        record.GetProperty("needs")[0].GetProperty("code").GetString().ShouldBe("SM");
        record.GetProperty("breakGlassUntil").GetDateTimeOffset().ShouldBe(grant.GetProperty("expiresAt").GetDateTimeOffset(), TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task BreakGlass_RefusedOrMissing_AnswersProblemDetails()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        var person = await factory.RegisterPersonAsync();
        using var registration = await factory.ApiClientAsync("reza.registration", Roles.Registration);
        using var viewer = await factory.ApiClientAsync("shirin.viewer", Roles.Viewer);
        using var admin = await factory.ApiClientAsync("amir.admin", Roles.Administrator);

        using var fullAccess = await registration.PostJsonAsync("/api/v1/break-glass", new { recordKind = "Person", recordId = person.Id, reason = Reason });
        using var missing = await viewer.PostJsonAsync("/api/v1/break-glass", new { recordKind = "Person", recordId = Guid.NewGuid(), reason = Reason });
        using var badKind = await viewer.PostJsonAsync("/api/v1/break-glass", new { recordKind = "Interview", recordId = person.Id, reason = Reason });
        using var byAdmin = await admin.PostJsonAsync("/api/v1/break-glass", new { recordKind = "Person", recordId = person.Id, reason = Reason });

        fullAccess.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await fullAccess.JsonAsync()).GetProperty("detail").GetString()!.ShouldContain("without emergency access");
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        missing.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        badKind.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await badKind.JsonAsync()).GetProperty("errors").TryGetProperty("RecordKind", out _).ShouldBeTrue();
        byAdmin.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.WithDbAsync(db => Task.FromResult(db.BreakGlassGrants.Count()))).ShouldBe(0);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ReviewQueue_Auditor_ListsAndReviewsOnce(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var person = await factory.RegisterPersonAsync();
        using var viewer = await factory.ApiClientAsync("shirin.viewer", Roles.Viewer);
        var grantId = (await (await viewer.PostJsonAsync("/api/v1/break-glass", new { recordKind = "Case", recordId = person.CaseId, reason = Reason })).JsonAsync())
            .GetProperty("id").GetGuid();
        using var auditor = await factory.ApiClientAsync("maryam.auditor", Roles.Auditor);

        using var viewerQueue = await viewer.GetAsync("/api/v1/break-glass");
        using var queue = await auditor.GetAsync("/api/v1/break-glass");
        using var reviewed = await auditor.PostJsonAsync($"/api/v1/break-glass/{grantId}/review", new { justified = false, note = "No emergency on record" });
        using var again = await auditor.PostJsonAsync($"/api/v1/break-glass/{grantId}/review", new { justified = true });
        using var closed = await viewer.GetAsync($"/api/v1/cases/{person.CaseId}");
        using var pending = await auditor.GetAsync("/api/v1/break-glass");

        viewerQueue.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var item = (await queue.JsonAsync()).GetProperty("items")[0];
        item.GetProperty("userName").GetString().ShouldBe("shirin.viewer");
        item.GetProperty("recordKind").GetString().ShouldBe("Case");
        item.GetProperty("reason").GetString().ShouldBe(Reason);
        reviewed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await reviewed.JsonAsync()).GetProperty("reviewedBy").GetString().ShouldBe("maryam.auditor");
        again.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        closed.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await pending.JsonAsync()).GetProperty("total").GetInt32().ShouldBe(0);
    }
}
