using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Testing;

namespace Passage.Web.Tests.Pages;

/// <summary>Registering a family member by member: every mistake at once, the duplicate warning first, and the next member into the same case.</summary>
public sealed partial class RegisterFamilyPagesTests
{
    private static Dictionary<string, string> Form(string given = "Golnar", string family = "Moradi", string birth = "1992-05", string? joinCase = null)
    {
        var form = new Dictionary<string, string>
        {
            ["Form.GivenName"] = given,
            ["Form.FamilyName"] = family,
            ["Form.FatherName"] = "Hassan",
            ["Form.Sex"] = "Female",
            ["Form.BirthDate"] = birth,
            ["Form.CampBlock"] = "A1",
            ["Form.CampUnit"] = "12",
        };
        if (joinCase is not null)
        {
            form["JoinCase"] = joinCase;
        }

        return form;
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Register_UnknownCaseAndOtherMistakes_ListsEveryMistakeAtTheTopLinkingToItsField(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        using var browser = await factory.SignedInBrowserAsync("fatemeh.karimi", Roles.Registration);

        using var response = await browser.PostFormAsync("/Persons/Register", Form(given: "", birth: "1984-13", joinCase: "C-999999"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        var summary = ErrorSummary().Match(html);
        summary.Success.ShouldBeTrue("the page has no error summary that takes focus");
        summary.Value.ShouldContain("<a href=\"#JoinCase\">There is no case with that number.");
        summary.Value.ShouldContain("<a href=\"#Form_BirthDate\">The month must be between 01 and 12.</a>");
        summary.Value.ShouldContain("<a href=\"#Form_GivenName\">");
        string[] fieldsInFormOrder = ["#Form_GivenName", "#Form_BirthDate", "#JoinCase"];
        var inFormOrder = fieldsInFormOrder.Select(id => summary.Value.IndexOf(id, StringComparison.Ordinal)).ToList();
        inFormOrder.ShouldBe([.. inFormOrder.Order()]);
        html.IndexOf("class=\"error-summary\"", StringComparison.Ordinal).ShouldBeLessThan(html.IndexOf("id=\"Form_GivenName\"", StringComparison.Ordinal));
        html.ShouldContain("id=\"JoinCase\"");
        (await factory.WithDbAsync(db => db.Persons.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task Register_LikelyDuplicate_WarnsAtTheTopWithTheCandidateBesideWhatWasTyped()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        var existing = await factory.RegisterPersonAsync(PassageWebFactory.SampleDetails("Mohammad", "Hosseini", "1984-03") with { FatherName = "Ali" });
        using var browser = await factory.SignedInBrowserAsync("fatemeh.karimi", Roles.Registration);
        var typed = Form("Muhammad", "Husseini", "1984-03");
        typed["Form.FatherName"] = "Ali";
        typed["Form.Sex"] = "Male";

        using var response = await browser.PostFormAsync("/Persons/Register", typed);

        var html = await response.Content.ReadAsStringAsync();
        var warning = html.IndexOf("This person may be registered already", StringComparison.Ordinal);
        warning.ShouldBeGreaterThan(0);
        warning.ShouldBeLessThan(html.IndexOf("id=\"Form_GivenName\"", StringComparison.Ordinal));
        html.ShouldContain("<section class=\"alert duplicates\" role=\"alert\" aria-labelledby=\"duplicates-title\" tabindex=\"-1\" data-focus-on-load>");
        var comparison = html[html.IndexOf("<table class=\"comparison\">", StringComparison.Ordinal)..];
        comparison.ShouldContain("<th scope=\"col\">What you typed</th>");
        comparison.ShouldContain($"<a href=\"/Persons/{existing.Id}\">{existing.RegistrationNumber}</a>");
        comparison.ShouldContain("<td><bdi>Muhammad Husseini</bdi></td>");
        comparison.ShouldContain("<td><bdi>Mohammad Hosseini</bdi></td>");
        comparison.ShouldContain("<td>a new case</td>");
        (await factory.WithDbAsync(db => db.Persons.CountAsync())).ShouldBe(1);
    }

    [Fact]
    public async Task Register_Succeeds_ConfirmsOnceAndOffersTheNextMemberIntoTheSameCase()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        using var browser = await factory.SignedInBrowserAsync("fatemeh.karimi", Roles.Registration);

        using var first = await browser.PostFormAsync("/Persons/Register", Form());
        first.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var mother = await factory.WithDbAsync(db => db.Persons.SingleAsync());
        var caseNumber = await factory.WithDbAsync(db => db.Cases.Where(c => c.Id == mother.CaseId).Select(c => c.CaseNumber).SingleAsync());
        var personPage = await browser.GetPageAsync(first.Headers.Location!.ToString());
        personPage.ShouldContain($"{mother.RegistrationNumber} was registered in case {caseNumber}.");
        var next = $"/Persons/Register?joinCase={caseNumber}";
        personPage.ShouldContain($"href=\"{next}\">Register the next member of this family into this case</a>");
        (await browser.GetPageAsync(first.Headers.Location!.ToString())).ShouldNotContain("was registered in case");

        var nextForm = await browser.GetPageAsync(next);
        nextForm.ShouldContain($"value=\"{caseNumber}\"");
        using var second = await browser.PostFormAsync(next, Form("Arash", "Moradi", "2015-09", joinCase: caseNumber));

        second.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var cases = await factory.WithDbAsync(db => db.Persons.Select(p => p.CaseId).Distinct().ToListAsync());
        cases.ShouldBe([mother.CaseId]);
        (await browser.GetPageAsync(second.Headers.Location!.ToString())).ShouldContain($"was registered in case {caseNumber}.");
    }

    [GeneratedRegex("<div class=\"error-summary\" role=\"alert\"[^>]*tabindex=\"-1\" data-focus-on-load>.*?</div>", RegexOptions.Singleline)]
    private static partial Regex ErrorSummary();
}
