using System.Net;
using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Testing;
using Passage.Web.Tests.Pages;

namespace Passage.Web.Tests.Api;

/// <summary>A protection officer's script marks a flag done with a note, once; without a note, or as another role, nothing is stored.</summary>
public sealed class ProtectionFlagsApiTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task MarkDone_WithANoteOnce_ListsItDoneAndRefusesTheSecondAndEmptyNotes(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var person = await factory.RegisterPersonAsync();
        await ProtectionFlagPagesTests.ListAsync(factory, person.RegistrationNumber);
        using var api = await factory.ApiClientAsync("leila.protection", Roles.Protection);
        using var resettlement = await factory.ApiClientAsync("roya.resettlement", Roles.Resettlement);
        var key = (await (await api.GetAsync("/api/v1/protection-flags")).JsonAsync())[0].GetProperty("key").GetString()!;
        var path = $"/api/v1/protection-flags/{Uri.EscapeDataString(key)}/done";

        using var empty = await api.PostJsonAsync(path, new { note = " " });
        using var byResettlement = await resettlement.PostJsonAsync(path, new { note = "Looked at it" });
        using var unknown = await api.PostJsonAsync("/api/v1/protection-flags/list:none:none/done", new { note = "Looked at it" });
        var reviewsBefore = await factory.WithDbAsync(db => db.ProtectionFlagReviews.CountAsync());
        using var done = await api.PostJsonAsync(path, new { note = "Talked to him alone; he chose for himself." });
        using var twice = await api.PostJsonAsync(path, new { note = "Again" });
        var listed = (await (await api.GetAsync("/api/v1/protection-flags")).JsonAsync())[0];

        empty.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await empty.JsonAsync()).GetProperty("errors").GetProperty("Note")[0].GetString().ShouldBe("Say what was done, for example that you talked to the resident alone.");
        byResettlement.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        reviewsBefore.ShouldBe(0);
        done.StatusCode.ShouldBe(HttpStatusCode.OK, await done.Content.ReadAsStringAsync());
        (await done.JsonAsync()).GetProperty("done").GetProperty("byName").GetString().ShouldBe("leila.protection");
        twice.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await twice.JsonAsync()).GetProperty("detail").GetString()!.ShouldStartWith("leila.protection marked this flag done on ");
        listed.GetProperty("done").GetProperty("note").GetString().ShouldBe("Talked to him alone; he chose for himself.");
        (await factory.WithDbAsync(db => db.ProtectionFlagReviews.CountAsync())).ShouldBe(1);
    }
}
