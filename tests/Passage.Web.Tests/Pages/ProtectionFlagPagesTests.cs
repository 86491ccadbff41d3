using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passage.Core.Accounts;
using Passage.Core.Interviews;
using Passage.Core.Storage;
using Passage.Testing;

namespace Passage.Web.Tests.Pages;

/// <summary>A protection officer marks a flag done with a note on the flags page; the navigation stops counting it.</summary>
public sealed class ProtectionFlagPagesTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task MarkDone_WithANote_RedirectsWithAMessageAndTheNavigationStopsCountingIt(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var person = await factory.RegisterPersonAsync();
        await ListAsync(factory, person.RegistrationNumber);
        using var protection = await factory.SignedInBrowserAsync("leila.protection", Roles.Protection);
        var before = await protection.GetPageAsync("/Interviews/Flags");
        before.ShouldContain("<span class=\"badge\">1<span class=\"visually-hidden\"> to review</span></span>");
        before.ShouldContain("<bdi>Mohammad Hosseini</bdi>");
        var key = Regex.Match(before, "name=\"key\" value=\"([^\"]+)\"").Groups[1].Value;

        using var response = await protection.PostFormAsync("/Interviews/Flags",
            new Dictionary<string, string> { ["key"] = key, ["Note"] = "Talked to him alone; he chose for himself." });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await protection.GetPageAsync(response.Headers.Location!.ToString());
        after.ShouldContain($"The flag on {person.RegistrationNumber} was marked done.");
        after.ShouldNotContain("class=\"badge\"");
        after.ShouldContain("0 waiting");
        after.ShouldContain("Talked to him alone; he chose for himself.");
    }

    [Fact]
    public async Task MarkDone_WithoutANote_ShowsTheMessageBesideThatFlagAndChangesNothing()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        var person = await factory.RegisterPersonAsync();
        await ListAsync(factory, person.RegistrationNumber);
        using var protection = await factory.SignedInBrowserAsync("leila.protection", Roles.Protection);
        var key = Regex.Match(await protection.GetPageAsync("/Interviews/Flags"), "name=\"key\" value=\"([^\"]+)\"").Groups[1].Value;

        using var response = await protection.PostFormAsync("/Interviews/Flags", new Dictionary<string, string> { ["key"] = key, ["Note"] = "" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("<a href=\"#Note\">Say what was done, for example that you talked to the resident alone.</a>");
        html.ShouldContain("<textarea id=\"Note\"");
        (await factory.WithDbAsync(db => db.ProtectionFlagReviews.CountAsync())).ShouldBe(0);
    }

    /// <summary>Records a "ready to leave" list naming the person, which raises a flag: they have no interview yet.</summary>
    internal static async Task ListAsync(PassageWebFactory factory, string registrationNumber)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Actor>().Set("seed", "seed", null, [Roles.Protection]);
        var recorded = await new RecordThirdPartyList(
            scope.ServiceProvider.GetRequiredService<PassageDbContext>(), scope.ServiceProvider.GetRequiredService<Actor>(), TimeProvider.System)
            .ExecuteAsync(new ThirdPartyListDetails("Camp leadership", DateOnly.FromDateTime(DateTime.UtcNow), ThirdPartyListKind.ReadyToLeave, [registrationNumber]));
        recorded.Succeeded.ShouldBeTrue();
    }
}
