using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Passage.Core.Accounts;
using Passage.Testing;
using Passage.Web.Tests.Api;
using Passage.Web.Tests.Lifecycle;
using Passage.Web.Tests.Pages;

namespace Passage.Web.Tests.Reporting;

/// <summary>The dashboard: charts drawn on the server beside tables of the same figures; a country's delegate sees only that country's.</summary>
public sealed class DashboardPageTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Dashboard_ViewerSeesTheCampEmptyingAndTheForecast_DelegateOnlyTheirCountry(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        await OneDepartedToGermanyAsync(factory);

        using var viewer = await factory.SignedInBrowserAsync("shirin.viewer", Roles.Viewer);
        using var delegateOfAlbania = await DelegateBrowserAsync(factory, "arben.delegate", "AL");
        var page = WebUtility.HtmlDecode(await viewer.GetPageAsync("/Dashboard"));
        var albanian = WebUtility.HtmlDecode(await delegateOfAlbania.GetPageAsync("/Dashboard"));

        page.ShouldContain("<svg");
        page.ShouldContain("Residents at the end of each week");
        page.ShouldContain("Persons departed per month, by receiving country");
        page.ShouldContain("<th scope=\"row\">AL — Albania</th><td>50</td><td>0</td><td>1</td><td>0</td><td>0</td><td>49</td>");
        page.ShouldContain("<th scope=\"row\">DE — Germany</th><td>50</td><td>0</td><td>1</td><td>1</td><td>0</td><td>49</td>");
        page.ShouldContain("When the camp empties at current rates");
        page.ShouldContain("Residents keep leaving at the average of the last 8 full weeks");
        albanian.ShouldContain("Dashboard: Albania");
        albanian.ShouldContain("<th scope=\"row\">AL — Albania</th>");
        albanian.ShouldNotContain("Germany");
        albanian.ShouldNotContain("Residents at the end of each week");
        albanian.ShouldNotContain("When the camp empties");
        albanian.ShouldContain("Nobody has departed yet.");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task PublicReport_OneDeparture_ShowsItAsLessThanFiveOnThePageAndInThePdf(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        await OneDepartedToGermanyAsync(factory);
        using var viewer = await factory.SignedInBrowserAsync("shirin.viewer", Roles.Viewer);

        var page = WebUtility.HtmlDecode(await viewer.GetPageAsync("/Reports/Public"));
        using var pdf = await viewer.GetAsync("/Reports/Public?format=pdf");
        var text = PdfText.All(await pdf.Content.ReadAsByteArrayAsync());

        page.ShouldContain("<th scope=\"row\">Germany <bdi dir=\"rtl\" lang=\"ar\">ألمانيا</bdi></th>");
        page.ShouldContain("<td><5</td>");
        page.ShouldNotContain("<td>1</td>");
        page.ShouldNotContain("Hosseini");
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        text.ShouldContain("Departures by receiving country and sex");
        text.ShouldContain("Germany");
        text.ShouldContain("<5");
        text.ShouldNotContain("Hosseini");
    }

    /// <summary>Pledges of DE and AL with one cleared case each; the DE case departs; one more resident waits.</summary>
    private static async Task OneDepartedToGermanyAsync(PassageWebFactory factory)
    {
        using var officer = await factory.ApiClientAsync("omid.movement", Roles.Movement);
        var germany = await ClearedCases.PledgeAsync(factory, "DE");
        var albania = await ClearedCases.PledgeAsync(factory, "AL");
        var travels = await ClearedCases.ClearedAsync(factory, germany);
        await ClearedCases.ClearedAsync(factory, albania);
        await factory.RegisterPersonAsync(PassageWebFactory.SampleDetails("Zahra", "Karimi", "1975"));
        var flight = await ClearedCases.PlanAsync(officer);
        foreach (var step in new[] { "bookings", $"passengers/{travels.Id}/check-in", $"passengers/{travels.Id}/departure" })
        {
            using var done = await officer.PostJsonAsync($"/api/v1/movements/{flight}/{step}", step == "bookings" ? new { caseId = travels.CaseId } : (object)new { });
            done.StatusCode.ShouldBe(HttpStatusCode.OK, step);
        }
    }

    private static async Task<HttpClient> DelegateBrowserAsync(PassageWebFactory factory, string userName, string country)
    {
        await factory.CreateUserAsync(userName, Roles.CountryDelegate);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PassageUser>>();
            var user = (await users.FindByNameAsync(userName))!;
            user.CountryCode = country;
            (await users.UpdateAsync(user)).Succeeded.ShouldBeTrue();
        }

        var browser = factory.CreateBrowser();
        (await PassageWebFactory.PostSignInAsync(browser, userName, PassageWebFactory.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return browser;
    }
}
