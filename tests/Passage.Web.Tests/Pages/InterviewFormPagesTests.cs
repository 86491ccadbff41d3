using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Testing;

namespace Passage.Web.Tests.Pages;

/// <summary>The interview form asks the protection facts and never assumes them; its lists read as words, not code.</summary>
public sealed partial class InterviewFormPagesTests
{
    [Fact]
    public async Task InterviewForm_New_LeavesInterviewedAloneUnansweredAndShowsReasonsAsWords()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        var person = await factory.RegisterPersonAsync();
        using var protection = await factory.SignedInBrowserAsync("parisa.protection", Roles.Protection);

        var html = await protection.GetPageAsync($"/Persons/{person.Id}/Interviews");

        html.ShouldContain("<legend>Was the resident interviewed alone?</legend>");
        AloneRadios().Count(html).ShouldBe(2);
        AloneRadios().Matches(html).ShouldAllBe(m => !m.Value.Contains("checked", StringComparison.Ordinal));
        html.ShouldContain(">Family there</option>");
        html.ShouldNotContain(">FamilyThere<");
        html.ShouldContain("<label>Country 2 <input id=\"Form_Countries_1\"");
        html.ShouldContain("<legend>If the resident chose to return: did they confirm it is their own, informed decision?</legend>");
        InformedRadios().Count(html).ShouldBe(2);
        InformedRadios().Matches(html).ShouldAllBe(m => !m.Value.Contains("checked", StringComparison.Ordinal) && m.Value.Contains("aria-describedby=\"informed-hint\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task InterviewForm_AloneNotStated_AsksForItAtTheFieldAndInTheSummaryAndSavesNothing(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var person = await factory.RegisterPersonAsync();
        using var protection = await factory.SignedInBrowserAsync("parisa.protection", Roles.Protection);
        var form = Interview();
        form.Remove("Form.InterviewedAlone");

        using var response = await protection.PostFormAsync($"/Persons/{person.Id}/Interviews", form);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("<a href=\"#Form_InterviewedAlone\">Say whether the resident was interviewed alone; it is never assumed.</a>");
        html.ShouldContain("data-valmsg-for=\"Form.InterviewedAlone\" data-valmsg-replace=\"true\">Say whether the resident was interviewed alone");
        (await factory.WithDbAsync(db => db.Interviews.CountAsync())).ShouldBe(0);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task InterviewForm_ReturnChosenWithoutSayingWhetherInformed_AsksForItAtTheFieldAndInTheSummaryAndSavesNothing(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var person = await factory.RegisterPersonAsync();
        using var protection = await factory.SignedInBrowserAsync("parisa.protection", Roles.Protection);
        var form = Interview();
        form["Form.Choice"] = "ReturnToOriginCountry";

        using var response = await protection.PostFormAsync($"/Persons/{person.Id}/Interviews", form);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        const string message = "Say whether the resident confirmed that return is their own decision, knowing what it means and that they may withdraw it; it is never assumed.";
        html.ShouldContain($"<a href=\"#Form_InformedOfReturn\">{message}</a>");
        html.ShouldContain($"data-valmsg-for=\"Form.InformedOfReturn\" data-valmsg-replace=\"true\">{message}");
        html.ShouldContain("value=\"ReturnToOriginCountry\" checked=\"checked\"");
        (await factory.WithDbAsync(db => db.Interviews.CountAsync())).ShouldBe(0);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "true", "Yes")]
    [InlineData(DatabaseProvider.Postgres, "false", "No — this interview does not allow a return to be requested")]
    public async Task InterviewForm_ReturnRecordedWithTheInformedAnswer_ShowsTheAnswerInTheRecord(DatabaseProvider provider, string informed, string shown)
    {
        using var factory = new PassageWebFactory(provider);
        var person = await factory.RegisterPersonAsync();
        using var protection = await factory.SignedInBrowserAsync("parisa.protection", Roles.Protection);
        var form = Interview();
        (form["Form.Choice"], form["Form.InformedOfReturn"]) = ("ReturnToOriginCountry", informed);

        using var response = await protection.PostFormAsync($"/Persons/{person.Id}/Interviews", form);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var html = await protection.GetPageAsync(response.Headers.Location!.ToString());
        html.ShouldContain($"<dt>Return confirmed as their own, informed decision</dt><dd>{shown}</dd>");
        (await factory.WithDbAsync(db => db.Interviews.Select(i => i.InformedOfReturn).SingleAsync())).ShouldBe(bool.Parse(informed));
    }

    [Fact]
    public async Task InterviewForm_Recorded_RedirectsAndSaysSoWithTheReasonInWords()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        var person = await factory.RegisterPersonAsync();
        using var protection = await factory.SignedInBrowserAsync("parisa.protection", Roles.Protection);

        using var response = await protection.PostFormAsync($"/Persons/{person.Id}/Interviews", Interview());

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe($"/Persons/{person.Id}/Interviews");
        var html = await protection.GetPageAsync(response.Headers.Location!.ToString());
        html.ShouldContain("The interview was recorded; it is now the one in force.");
        html.ShouldContain("DE (Germany): Family there");
        html.ShouldContain("<dt>Interviewed alone</dt><dd>Yes");
        html.ShouldNotContain("Return confirmed as their own");
    }

    private static Dictionary<string, string> Interview() => new()
    {
        ["Form.HeldOn"] = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["Form.Interviewer"] = "Leila Karimi",
        ["Form.Language"] = "Persian",
        ["Form.InterviewedAlone"] = "true",
        ["Form.Choice"] = "Resettle",
        ["Form.Countries[0]"] = "de",
        ["Form.Reasons[0]"] = "FamilyThere",
    };

    [GeneratedRegex("<input type=\"radio\"[^>]*name=\"Form.InterviewedAlone\"[^>]*>")]
    private static partial Regex AloneRadios();

    [GeneratedRegex("<input type=\"radio\"[^>]*name=\"Form.InformedOfReturn\"[^>]*>")]
    private static partial Regex InformedRadios();
}
