using System.Net;
using System.Text.RegularExpressions;
using Passage.Core.Accounts;
using Passage.Testing;

namespace Passage.Web.Tests.Access;

/// <summary>Every link on a person's, a case's and a case's referrals page opens for whoever is shown it: no link leads to "not found" or "not allowed".</summary>
public sealed partial class LinkFollowingTests
{
    [Fact]
    public async Task RecordPages_EveryRole_ShowOnlyLinksThatOpen()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        var scene = await AccessScene.SeedAsync(factory);
        var broken = new List<string>();
        foreach (var role in Roles.All)
        {
            using var browser = factory.CreateBrowser();
            (await PassageWebFactory.PostSignInAsync(browser, scene.Users[role].UserName!, PassageWebFactory.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
            foreach (var record in scene.Records.Values)
            {
                foreach (var page in new[] { $"/Persons/{record.PersonId}", $"/Cases/{record.CaseId}", $"/Cases/{record.CaseId}/Referrals", "/Cases", "/Referrals/Queue" })
                {
                    using var shown = await browser.GetAsync(new Uri(page, UriKind.Relative));
                    if (shown.StatusCode != HttpStatusCode.OK)
                    {
                        continue;
                    }

                    var html = await shown.Content.ReadAsStringAsync();
                    foreach (var link in Links(html))
                    {
                        using var followed = await browser.GetAsync(new Uri(link, UriKind.Relative));
                        if (followed.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden)
                        {
                            broken.Add($"{role} on {page}: {link} answered {(int)followed.StatusCode}");
                        }
                    }
                }
            }
        }

        broken.Distinct().ShouldBeEmpty();
    }

    // Links within the site, except signing out (a form) and the break-glass page, which a role is offered on purpose.
    private static IEnumerable<string> Links(string html) =>
        Href().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))
            .Where(h => h.StartsWith('/') && !h.StartsWith("//", StringComparison.Ordinal) && !h.StartsWith("/css/", StringComparison.Ordinal)
                && !h.StartsWith("/js/", StringComparison.Ordinal) && !h.StartsWith("/Account/SignOut", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal);

    [GeneratedRegex("<a [^>]*href=\"([^\"#]+)\"")]
    private static partial Regex Href();
}
