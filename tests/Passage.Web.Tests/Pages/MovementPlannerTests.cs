using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Cases;
using Passage.Testing;
using Passage.Web.Tests.Api;
using Passage.Web.Tests.Lifecycle;

namespace Passage.Web.Tests.Pages;

/// <summary>The movement planner on its page and through the API: propose, leave cases out, accept; a stale proposal books nothing.</summary>
public sealed partial class MovementPlannerTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task PlannerPage_ProposalEditedToOneCase_BooksOnlyThatCaseAndSaysSoAfterTheRedirect(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var (first, second, movement) = await TwoClearedCasesAndAMovementAsync(factory);
        using var browser = await factory.SignedInBrowserAsync("omid.movement", Roles.Movement);

        var proposal = await browser.GetPageAsync("/Movements/Planner?propose=true");
        var keep = Kept(proposal);
        using var accepted = await browser.PostFormAsync("/Movements/Planner?propose=true", new Dictionary<string, string>
        {
            ["Keep"] = keep.Single(k => k.EndsWith(first.CaseId.ToString(), StringComparison.Ordinal)),
        });
        var after = await browser.GetPageAsync(accepted.Headers.Location!.OriginalString);

        proposal.ShouldContain("<strong>Optimal</strong>");
        proposal.ShouldContain("2 case(s), 2 person(s) on 1 movement(s)");
        keep.Count.ShouldBe(2);
        keep.ShouldAllBe(k => k.StartsWith(movement.ToString(), StringComparison.Ordinal));
        accepted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        after.ShouldContain("The plan was accepted: 1 case(s), 1 person(s) booked on 1 movement(s).");
        (await factory.CaseStatusAsync(first.CaseId)).ShouldBe(CaseStatus.Booked);
        (await factory.CaseStatusAsync(second.CaseId)).ShouldBe(CaseStatus.Cleared);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task PlannerPage_CaseBookedSinceTheProposal_BooksNothingAndSaysWhatChanged(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var (first, second, movement) = await TwoClearedCasesAndAMovementAsync(factory);
        using var browser = await factory.SignedInBrowserAsync("omid.movement", Roles.Movement);
        using var officer = await factory.ApiClientAsync("omid.api", Roles.Movement);
        var keep = Kept(await browser.GetPageAsync("/Movements/Planner?propose=true"));
        (await officer.PostJsonAsync($"/api/v1/movements/{movement}/bookings", new { caseId = second.CaseId })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var page = await browser.GetPageAsync("/Movements/Planner?propose=true");
        using var refused = await browser.PostAsync(new Uri("/Movements/Planner", UriKind.Relative), new FormUrlEncodedContent(
            keep.Select(k => new KeyValuePair<string, string>("Keep", k)).Append(new("__RequestVerificationToken", PassageWebFactory.AntiforgeryToken(page)))));
        var html = await refused.Content.ReadAsStringAsync();

        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("Nothing was booked: the situation changed since the proposal.");
        html.ShouldContain("is booked already, on Iraqi Airways IA 231");
        (await factory.CaseStatusAsync(first.CaseId)).ShouldBe(CaseStatus.Cleared);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task PlannerApi_ProposeAndAccept_BooksThePlanAndAcceptingItAgainIsRefusedWithProblemDetails(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var (first, second, movement) = await TwoClearedCasesAndAMovementAsync(factory);
        using var officer = await factory.ApiClientAsync("omid.api", Roles.Movement);

        using var proposed = await officer.GetAsync("/api/v1/movement-plan/proposal?maxSeriousMedicalPerMovement=1");
        var proposal = await proposed.JsonAsync();
        var planned = proposal.GetProperty("movements").EnumerateArray().Single(m => m.GetProperty("cases").GetArrayLength() > 0);
        var bookings = planned.GetProperty("cases").EnumerateArray().Select(c => new
        {
            movementId = movement,
            movementVersion = planned.GetProperty("movement").GetProperty("version").GetInt64(),
            caseId = c.GetProperty("caseId").GetGuid(),
        }).ToList();
        using var accepted = await officer.PostJsonAsync("/api/v1/movement-plan/acceptance", new { bookings });
        using var again = await officer.PostJsonAsync("/api/v1/movement-plan/acceptance", new { bookings });

        proposed.StatusCode.ShouldBe(HttpStatusCode.OK);
        proposal.GetProperty("status").GetString().ShouldBe("Optimal");
        bookings.Count.ShouldBe(1, "the rule lets one person with serious medical needs onto the movement");
        proposal.GetProperty("leftOut").EnumerateArray().Single().GetProperty("reason").GetString().ShouldBe("SeriousMedicalRule");
        accepted.StatusCode.ShouldBe(HttpStatusCode.OK, await accepted.Content.ReadAsStringAsync());
        (await accepted.JsonAsync()).GetProperty("persons").GetInt32().ShouldBe(1);
        again.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        again.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await again.JsonAsync()).GetProperty("detail").GetString().ShouldNotBeNull().ShouldContain("is booked already");
        new[] { await factory.CaseStatusAsync(first.CaseId), await factory.CaseStatusAsync(second.CaseId) }
            .ShouldBe([CaseStatus.Booked, CaseStatus.Cleared], ignoreOrder: true);
    }

    /// <summary>Two one-person cases, each with a serious medical condition, cleared for DE, and a flight to DE with room for both.</summary>
    private static async Task<(Core.Registry.Person First, Core.Registry.Person Second, Guid Movement)> TwoClearedCasesAndAMovementAsync(PassageWebFactory factory)
    {
        var pledge = await ClearedCases.PledgeAsync(factory, "DE");
        var first = await ClearedCases.ClearedAsync(factory, pledge);
        var second = await ClearedCases.ClearedAsync(factory, pledge);
        using var officer = await factory.ApiClientAsync("omid.planner", Roles.Movement);
        var movement = await ClearedCases.PlanAsync(officer);
        (await factory.WithDbAsync(db => db.Bookings.CountAsync())).ShouldBe(0);
        return (first, second, movement);
    }

    private static List<string> Kept(string page) => KeepBox().Matches(page).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex("name=\"Keep\" value=\"([^\"]+)\"")]
    private static partial Regex KeepBox();
}
