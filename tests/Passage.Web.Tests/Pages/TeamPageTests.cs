using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Registry;
using Passage.Testing;

namespace Passage.Web.Tests.Pages;

/// <summary>A supervisor's team view: who holds which open cases, for how long; nobody else has one.</summary>
public sealed class TeamPageTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Team_RegistrationSupervisor_SeesEachClerksOpenCasesAndLandsThere(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var clerk = await factory.CreateUserAsync("fatemeh.clerk", Roles.Registration);
        await factory.CreateUserAsync("hamid.clerk", Roles.Registration);
        var outsider = await factory.CreateUserAsync("reza.resettlement", Roles.Resettlement);
        var registered = await RegisterAsAsync(factory, clerk, PassageWebFactory.SampleDetails("Shirin", "Tehrani", "1990"));
        await RegisterAsAsync(factory, outsider, PassageWebFactory.SampleDetails("Saeed", "Rahimi", "1980"));
        var caseNumber = await factory.WithDbAsync(db => db.Cases.Where(c => c.Id == registered.CaseId).Select(c => c.CaseNumber).SingleAsync());
        using var supervisor = await SupervisorBrowserAsync(factory, "leila.supervisor", Roles.Registration);

        using var start = await supervisor.GetAsync(new Uri("/", UriKind.Relative));
        start.Headers.Location!.OriginalString.ShouldBe("/Team");
        var html = await supervisor.GetPageAsync("/Team");

        html.ShouldContain("<td><bdi>fatemeh.clerk</bdi></td>\n            <td>Registration</td>\n            <td class=\"number\">1</td>");
        html.ShouldContain("<td><bdi>hamid.clerk</bdi></td>\n            <td>Registration</td>\n            <td class=\"number\">0</td>");
        html.ShouldNotContain("reza.resettlement");
        html.ShouldContain($"<a href=\"/Cases/{registered.CaseId}\">{caseNumber}</a>");
        html.ShouldContain("href=\"/Team\" aria-current=\"page\">My team</a>");
        var audited = await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditAction.Searched && a.Detail!.StartsWith("team view")));
        audited.ShouldBeTrue();
    }

    [Theory]
    [InlineData(Roles.Registration)]
    [InlineData(Roles.Resettlement)]
    public async Task Team_NotASupervisor_IsNotFoundAndNotOffered(string role)
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        using var browser = await factory.SignedInBrowserAsync("user." + role.ToLowerInvariant(), role);

        using var response = await browser.GetAsync(new Uri("/Team", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await browser.GetPageAsync("/Account/Tokens")).ShouldNotContain("href=\"/Team\"");
    }

    [Fact]
    public async Task Team_ProtectionSupervisor_IsToldHowManyInterviewsWereNotHeldAlone()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        using var supervisor = await SupervisorBrowserAsync(factory, "leila.supervisor", Roles.Protection);

        var html = await supervisor.GetPageAsync("/Team");

        html.ShouldContain("<a href=\"/Interviews/Flags\">0 interviews in force not held alone</a>");
    }

    private static async Task<HttpClient> SupervisorBrowserAsync(PassageWebFactory factory, string userName, string role)
    {
        var user = await factory.CreateUserAsync(userName, role);
        await factory.ChangeUserAsync(user.Id, u => u.IsSupervisor = true);
        var browser = factory.CreateBrowser();
        (await PassageWebFactory.PostSignInAsync(browser, userName, PassageWebFactory.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return browser;
    }

    private static async Task<Person> RegisterAsAsync(PassageWebFactory factory, PassageUser user, PersonDetails details)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Actor>().Set(user.Id, user.UserName!, null, [Roles.Registration]);
        var result = await PassageWebFactory.RegisterWithoutDuplicateCheckAsync(scope.ServiceProvider, details);
        result.Succeeded.ShouldBeTrue();
        return result.Value;
    }
}
