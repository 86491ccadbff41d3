using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passage.Core.Accounts;
using Passage.Core.Interviews;
using Passage.Core.Pledges;
using Passage.Core.Storage;
using Passage.Testing;
using Passage.Web.Tests.Access;

namespace Passage.Web.Tests.Pages;

/// <summary>The navigation says how much waits behind a link: protection flags to review, a delegate's decisions to take.</summary>
public sealed class NavigationCountTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Navigation_ListContradictingNoInterview_ShowsOneFlagToReviewToProtectionOnly(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var person = await factory.RegisterPersonAsync();
        using var protection = await factory.SignedInBrowserAsync("leila.protection", Roles.Protection);
        using var registration = await factory.SignedInBrowserAsync("fatemeh.karimi", Roles.Registration);
        (await protection.GetPageAsync("/Account/Tokens")).ShouldNotContain("class=\"badge\"");

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<Actor>().Set("seed", "seed", null, [Roles.Protection]);
            var recorded = await new RecordThirdPartyList(
                scope.ServiceProvider.GetRequiredService<PassageDbContext>(), scope.ServiceProvider.GetRequiredService<Actor>(), TimeProvider.System)
                .ExecuteAsync(new ThirdPartyListDetails("Camp leadership", DateOnly.FromDateTime(DateTime.UtcNow), ThirdPartyListKind.ReadyToLeave, [person.RegistrationNumber]));
            recorded.Succeeded.ShouldBeTrue();
        }

        (await protection.GetPageAsync("/Account/Tokens")).ShouldContain(
            "Protection flags</a> <span class=\"badge\">1<span class=\"visually-hidden\"> to review</span></span>");
        (await registration.GetPageAsync("/Account/Tokens")).ShouldNotContain("class=\"badge\"");
    }

    [Fact]
    public async Task Navigation_Delegate_ShowsTheReferralsSubmittedToTheirCountryBesideTheInbox()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        await AccessScene.SeedAsync(factory);

        // The scene's referral to the delegate's country, back before the country's decision, and one to another country.
        await factory.WithDbAsync(db => db.Database.ExecuteSqlAsync($"UPDATE \"Referrals\" SET \"Status\" = {(int)ReferralStatus.Submitted}"));
        var waiting = await factory.WithDbAsync(db => db.Referrals.CountAsync(r => r.CountryCode == AccessScene.DelegateCountry && r.Status == ReferralStatus.Submitted));
        var user = await factory.CreateUserAsync("anna.delegate", Roles.CountryDelegate);
        await factory.ChangeUserAsync(user.Id, u => u.CountryCode = AccessScene.DelegateCountry);
        using var browser = factory.CreateBrowser();
        await PassageWebFactory.PostSignInAsync(browser, "anna.delegate", PassageWebFactory.Password);

        var html = await browser.GetPageAsync("/Account/Tokens");

        waiting.ShouldBe(1);
        html.ShouldContain($"Inbox</a> <span class=\"badge\">{waiting}<span class=\"visually-hidden\"> waiting for a decision</span></span>");
    }
}
