using System.Net;
using Passage.Core.Accounts;
using Passage.Testing;

namespace Passage.Web.Tests.Pages;

/// <summary>Each role lands on the page of its next task, after sign-in and on <c>/</c>.</summary>
public sealed class StartPageTests
{
    [Theory]
    [InlineData(Roles.Registration, "/Persons")]
    [InlineData(Roles.Protection, "/Interviews/Flags")]
    [InlineData(Roles.Resettlement, "/Referrals/Queue")]
    [InlineData(Roles.Movement, "/Movements")]
    [InlineData(Roles.Security, "/Incidents")]
    [InlineData(Roles.Auditor, "/Audit")]
    [InlineData(Roles.Administrator, "/Admin/Users")]
    [InlineData(Roles.Tracing, "/FamilyContact")]
    [InlineData(Roles.Viewer, "/Dashboard")]
    public async Task Start_EachRole_LandsOnTheWorkOfThatRole(string role, string expected)
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        using var browser = await factory.SignedInBrowserAsync("user." + role.ToLowerInvariant(), role);

        await LandsOnAsync(browser, expected);
    }

    [Fact]
    public async Task Start_CountryDelegate_LandsOnTheReferralsOfTheirCountry()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        var user = await factory.CreateUserAsync("anna.delegate", Roles.CountryDelegate);
        await factory.ChangeUserAsync(user.Id, u => u.CountryCode = "DE");
        using var browser = factory.CreateBrowser();
        (await PassageWebFactory.PostSignInAsync(browser, "anna.delegate", PassageWebFactory.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var inbox = await LandsOnAsync(browser, "/Referrals");
        inbox.ShouldContain("Inbox");
    }

    [Fact]
    public async Task Start_SeveralRoles_LandsOnTheWorkOfTheFirstTaskInTheList()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        using var browser = await factory.SignedInBrowserAsync("zahra.both", Roles.Resettlement, Roles.Protection);

        await LandsOnAsync(browser, "/Interviews/Flags");
    }

    [Fact]
    public async Task Start_NoRole_ShowsTheLinksEveryUserHas()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        using var browser = await factory.SignedInBrowserAsync("new.user");

        using var response = await browser.GetAsync(new Uri("/", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("<a href=\"/Account/Tokens\">My API tokens</a>");
    }

    /// <summary>Follows the start page as a browser would and returns the page it lands on, which the user may open.</summary>
    private static async Task<string> LandsOnAsync(HttpClient browser, string expected)
    {
        using var start = await browser.GetAsync(new Uri("/", UriKind.Relative));
        start.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        start.Headers.Location!.OriginalString.ShouldBe(expected);
        using var landed = await browser.GetAsync(start.Headers.Location);
        landed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await landed.Content.ReadAsStringAsync();
        html.ShouldContain($"href=\"{expected}\" aria-current=\"page\"");
        return html;
    }
}
