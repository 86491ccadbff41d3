using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Cases;
using Passage.Testing;

namespace Passage.Web.Tests.Pages;

/// <summary>The referral queue as a resettlement officer works it: filtered, paged, with names, and the pledge that fits preselected.</summary>
public sealed partial class ReferralQueuePagesTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Queue_ReadinessAndCountryFilters_ShowOnlyTheMatchingCasesWithTheirNames(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var ready = await factory.RegisterPersonAsync(PassageWebFactory.SampleDetails("Hamid", "Rahimi", "1970"));
        var waiting = await factory.RegisterPersonAsync(PassageWebFactory.SampleDetails("Saeed", "Bahrami", "1975"));
        await factory.PutCaseAtAsync(waiting.CaseId, CaseStatus.Interviewed);
        using var protection = await factory.SignedInBrowserAsync("parisa.protection", Roles.Protection);
        await InterviewAsync(protection, ready.Id, "DE");
        using var resettlement = await factory.SignedInBrowserAsync("reza.resettlement", Roles.Resettlement);

        var readyOnly = await resettlement.GetPageAsync("/Referrals/Queue?status=Ready");
        readyOnly.ShouldContain("<bdi>Hamid Rahimi</bdi>");
        readyOnly.ShouldNotContain("Bahrami");

        var waitingOnly = await resettlement.GetPageAsync("/Referrals/Queue?status=WaitingForChoice");
        waitingOnly.ShouldContain("<bdi>Saeed Bahrami</bdi>");
        waitingOnly.ShouldNotContain("Rahimi");

        var germany = await resettlement.GetPageAsync("/Referrals/Queue?country=DE");
        germany.ShouldContain("Rahimi");
        germany.ShouldNotContain("Bahrami");
        (await resettlement.GetPageAsync("/Referrals/Queue?country=SE")).ShouldContain("No case in the queue matches.");
        (await resettlement.GetPageAsync("/Referrals/Queue?priority=Nonsense")).ShouldContain("priority: Choose a priority from the list.");
    }

    [Fact]
    public async Task Queue_ManyCases_ShowsTwentyFiveToAPageAndSortsByCaseNumber()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        for (var i = 0; i < 26; i++)
        {
            var person = await factory.RegisterPersonAsync(PassageWebFactory.SampleDetails("Hamid", "Rahimi", (1960 + i).ToString(CultureInfo.InvariantCulture)));
            await factory.PutCaseAtAsync(person.CaseId, CaseStatus.Interviewed);
        }

        using var resettlement = await factory.SignedInBrowserAsync("reza.resettlement", Roles.Resettlement);

        var first = await resettlement.GetPageAsync("/Referrals/Queue?sort=-case");
        var second = await resettlement.GetPageAsync("/Referrals/Queue?sort=-case&page=2");

        QueueRows().Count(first).ShouldBe(25);
        first.ShouldContain("<strong aria-current=\"page\">1</strong>");
        first.ShouldContain("<a href=\"/Referrals/Queue?sort=-case&amp;page=2\" aria-label=\"Page 2\">2</a>");
        first.ShouldContain("href=\"/Referrals/Queue?sort=-case&amp;page=2\" rel=\"next\"");
        first.ShouldContain("aria-sort=\"descending\"><a class=\"sort\" href=\"/Referrals/Queue?sort=case\">Case");
        QueueRows().Count(second).ShouldBe(1);
        var numbers = QueueRows().Matches(first).Select(m => m.Groups[1].Value).ToList();
        numbers.ShouldBe(numbers.OrderByDescending(n => n, StringComparer.Ordinal).ToList());
        second.ShouldContain(">C-000001</a>");
    }

    [Fact]
    public async Task Queue_PledgeChoice_PreselectsTheCountryOfFamilyTiesAndOtherwiseTheMostPlacesLeft()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        var withFamily = await factory.RegisterPersonAsync(PassageWebFactory.SampleDetails("Hamid", "Rahimi", "1970"));
        var without = await factory.RegisterPersonAsync(PassageWebFactory.SampleDetails("Saeed", "Bahrami", "1975"));
        using var protection = await factory.SignedInBrowserAsync("parisa.protection", Roles.Protection);
        await InterviewAsync(protection, withFamily.Id, "DE");
        await InterviewAsync(protection, without.Id, null);
        using var resettlement = await factory.SignedInBrowserAsync("reza.resettlement", Roles.Resettlement);
        await PledgeAsync(resettlement, "AL", 50);
        await PledgeAsync(resettlement, "DE", 10);

        var html = await resettlement.GetPageAsync("/Referrals/Queue");

        var family = Row(html, withFamily.CaseId);
        family.ShouldContain("selected=\"selected\">Germany (10 places left)</option>");
        family.ShouldContain("Suggested: Family ties in Germany.");
        var other = Row(html, without.CaseId);
        other.ShouldContain("selected=\"selected\">Albania (50 places left)</option>");
        other.ShouldContain("Suggested: No family ties or preference matches an open pledge; Albania has the most places left (50).");
    }

    private static async Task InterviewAsync(HttpClient protection, Guid personId, string? familyCountry)
    {
        var form = new Dictionary<string, string>
        {
            ["Form.HeldOn"] = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Form.Interviewer"] = "Leila Karimi",
            ["Form.Language"] = "Persian",
            ["Form.InterviewedAlone"] = "true",
            ["Form.Choice"] = "Resettle",
        };
        if (familyCountry is not null)
        {
            form["Form.Countries[0]"] = familyCountry;
            form["Form.Reasons[0]"] = "FamilyThere";
        }

        using var recorded = await protection.PostFormAsync($"/Persons/{personId}/Interviews", form);
        recorded.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    private static async Task PledgeAsync(HttpClient resettlement, string country, int places)
    {
        using var pledged = await resettlement.PostFormAsync("/Pledges", new Dictionary<string, string>
        {
            ["CountryCode"] = country,
            ["Places"] = places.ToString(CultureInfo.InvariantCulture),
            ["PledgedOn"] = "2026-01-10",
            ["Categories"] = "Any",
        });
        pledged.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    private static string Row(string html, Guid caseId)
    {
        var start = html.IndexOf($"href=\"/Cases/{caseId}\"", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0);
        var end = html.IndexOf("</tr>", start, StringComparison.Ordinal);
        return html[start..end];
    }

    [GeneratedRegex("<a class=\"nowrap\" href=\"/Cases/[0-9a-f-]{36}\">(C-\\d+)</a>")]
    private static partial Regex QueueRows();
}
