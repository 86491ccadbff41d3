using System.Globalization;
using System.Net;
using Passage.Core.Accounts;
using Passage.Testing;

namespace Passage.Web.Tests.Pages;

/// <summary>The pledges page says what each figure counts, totals them, and takes the country and categories as choices.</summary>
public sealed class PledgePagesTests
{
    [Fact]
    public async Task Pledges_TwoCountries_ShowWhatEachFigureCountsAndATotalsRow()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        using var resettlement = await factory.SignedInBrowserAsync("reza.resettlement", Roles.Resettlement);
        (await PledgeAsync(resettlement, "DE", "210", "Any")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await PledgeAsync(resettlement, "AL", "97", "Medical")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var html = await resettlement.GetPageAsync("/Pledges");

        html.ShouldContain("<strong>Awaiting decision</strong>: persons in open referrals");
        html.ShouldContain("<th scope=\"row\" colspan=\"3\">All pledges</th>");
        html.ShouldContain("<td>307</td>");
        html.ShouldContain("<option value=\"DE\">Germany</option>");
    }

    [Fact]
    public async Task Pledges_AnyTogetherWithMedical_IsRefusedAtTheFieldAndKeepsTheTicks()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        using var resettlement = await factory.SignedInBrowserAsync("reza.resettlement", Roles.Resettlement);

        using var response = await PledgeAsync(resettlement, "DE", "10", "Any", "Medical");
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("already includes medical needs and family ties: tick it alone");
        html.ShouldContain("value=\"Medical\" checked=\"checked\"");
        (await factory.WithDbAsync(db => Task.FromResult(db.Pledges.Count()))).ShouldBe(0);
    }

    [Fact]
    public async Task Pledges_CodeThatNamesNoCountry_IsRefusedAtTheField()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        using var resettlement = await factory.SignedInBrowserAsync("reza.resettlement", Roles.Resettlement);

        using var response = await PledgeAsync(resettlement, "XX", "10", "Any");

        (await response.Content.ReadAsStringAsync()).ShouldContain("Choose the receiving country from the list.");
        (await factory.WithDbAsync(db => Task.FromResult(db.Pledges.Count()))).ShouldBe(0);
    }

    private static Task<HttpResponseMessage> PledgeAsync(HttpClient browser, string country, string places, params string[] categories)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("CountryCode", country),
            new("Places", places),
            new("PledgedOn", DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        };
        fields.AddRange(categories.Select(c => new KeyValuePair<string, string>("Categories", c)));
        return PostAllAsync(browser, fields);
    }

    private static async Task<HttpResponseMessage> PostAllAsync(HttpClient browser, List<KeyValuePair<string, string>> fields)
    {
        var page = await browser.GetPageAsync("/Pledges");
        fields.Add(new("__RequestVerificationToken", PassageWebFactory.AntiforgeryToken(page)));
        return await browser.PostAsync(new Uri("/Pledges", UriKind.Relative), new FormUrlEncodedContent(fields));
    }
}
