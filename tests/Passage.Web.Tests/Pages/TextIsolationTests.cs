using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Testing;
using Passage.Web.Tests.Api;

namespace Passage.Web.Tests.Pages;

/// <summary>
/// A direction override in a name is refused on the page and the API; a name that holds one already (stored before the
/// rule) is shown isolated, so it cannot reverse the registration number beside it. Mixed-script names are warned about.
/// </summary>
public sealed partial class TextIsolationTests
{
    private const string Reversed = "\u202EinieSSoH";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Register_NameWithDirectionOverride_IsRefusedWithAFieldMessageOnThePageAndTheApi(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        using var browser = await factory.SignedInBrowserAsync("fatemeh.karimi", Roles.Registration);
        using var api = await factory.ApiClientAsync("karim.script", Roles.Registration);

        using var page = await browser.PostFormAsync("/Persons/Register", Form(family: Reversed));
        using var posted = await api.PostJsonAsync("/api/v1/persons", PassageWebFactory.SampleDetails(family: Reversed));

        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()).ShouldContain(TextRules.BidiMessage);
        posted.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await posted.JsonAsync()).GetProperty("errors").GetProperty("FamilyName")[0].GetString().ShouldBe(TextRules.BidiMessage);
        (await factory.WithDbAsync(db => db.Persons.CountAsync())).ShouldBe(0);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task StoredNameWithDirectionOverride_IsShownIsolatedOnEveryPage(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var person = await factory.RegisterPersonAsync();
        await factory.WithDbAsync(db => db.Persons.Where(p => p.Id == person.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.FamilyName, Reversed)));
        using var browser = await factory.SignedInBrowserAsync("fatemeh.karimi", Roles.Registration, Roles.Protection);

        foreach (var path in new[] { "/Persons", $"/Persons/{person.Id}", $"/Cases/{person.CaseId}", $"/Persons/{person.Id}/Interviews" })
        {
            var html = WebUtility.HtmlDecode(await browser.GetPageAsync(path));
            html.ShouldContain("\u202E", customMessage: path);
            foreach (Match shown in OverrideInContext().Matches(html))
            {
                shown.Groups["open"].Value.ShouldBe("<bdi>", $"{path}: {shown.Value}");
            }
        }
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Register_CyrillicLetterInALatinName_AsksBeforeSavingAndTheApiWarns(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        using var browser = await factory.SignedInBrowserAsync("fatemeh.karimi", Roles.Registration);
        using var api = await factory.ApiClientAsync("karim.script", Roles.Registration);
        var mixed = "Mor\u0430di";

        using var asked = await browser.PostFormAsync("/Persons/Register", Form(family: mixed));
        var askedHtml = await asked.Content.ReadAsStringAsync();
        (await factory.WithDbAsync(db => db.Persons.CountAsync())).ShouldBe(0);
        using var confirmed = await browser.PostFormAsync("/Persons/Register", new Dictionary<string, string>(Form(family: mixed)) { ["ConfirmNames"] = "true" });
        using var posted = await api.PostJsonAsync("/api/v1/persons", PassageWebFactory.SampleDetails(given: "Hamid", family: mixed, birth: "1961"));

        askedHtml.ShouldContain("Check the names");
        askedHtml.ShouldContain("FamilyName: This name mixes letters of different scripts");
        confirmed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        posted.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await posted.JsonAsync()).GetProperty("warnings").GetProperty("FamilyName").GetString()!.ShouldStartWith("This name mixes letters");
    }

    private static Dictionary<string, string> Form(string family) => new()
    {
        ["Form.GivenName"] = "Golnar",
        ["Form.FamilyName"] = family,
        ["Form.GivenNameArabic"] = "گلنار",
        ["Form.FamilyNameArabic"] = "مرادی",
        ["Form.Sex"] = "Female",
        ["Form.BirthDate"] = "1992-05",
        ["Form.CampBlock"] = "C2",
        ["Form.CampUnit"] = "8",
    };

    // The last tag before the name that holds the override, across any text between them.
    [GeneratedRegex("(?<open><[^>]*>)[^<]*\u202EinieSSoH")]
    private static partial Regex OverrideInContext();
}
