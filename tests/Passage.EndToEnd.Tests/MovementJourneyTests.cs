using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Interviews;
using Passage.Core.Movements;
using Passage.Core.Pledges;
using Passage.Core.Storage;

using static Passage.EndToEnd.Tests.ClearedFamily;
using static Passage.EndToEnd.Tests.Journey;

namespace Passage.EndToEnd.Tests;

/// <summary>Departure day in a real browser on a tablet: a movement officer books a cleared family and checks its members in, finding them by registration number and by name.</summary>
public sealed class MovementJourneyTests
{
    private const string MovementOfficer = "omid.movement@example.org";

    [Fact]
    public async Task BookAndCheckIn_MovementOfficerOnATablet_BooksTheFamilyAndChecksEachMemberIn()
    {
        using var site = new PassageSite();
        await site.StartAsync(persons: 3);
        await site.AddUserAsync(new NewUser(MovementOfficer, "Omid Movement", PassageSite.OfficerPassword, [Roles.Movement]));
        var (caseId, caseNumber, members, _) = await ClearedFamilyAsync(site);
        var flight = await StepAsync(site, Roles.Movement, sp => sp.GetRequiredService<PlanMovement>().ExecuteAsync(new MovementDetails(
            MovementKind.Flight, DateTimeOffset.UtcNow.AddDays(3), "Baghdad International (BGW)", "DE", "Frankfurt (FRA)", "Iraqi Airways", "IA 231", 40, 2, 1)));
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 800, Height = 1200 } });

        // The officer books the whole family from the case's movements.
        await SignInAsync(page, site, MovementOfficer);
        await page.GotoAsync($"{site.Address}/Cases/{caseId}/Movements");
        await page.GetByLabel("Iraqi Airways IA 231", new() { Exact = false }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Book", Exact = true }).ClickAsync();
        await Expect(page.GetByText($"Case {caseNumber} was booked: 2 person(s)."));
        await page.GetByRole(AriaRole.Link, new() { Name = "Open the movement" }).ClickAsync();

        // On departure day: the first found by registration number, the second by name.
        var byNumber = members[0];
        await page.GetByLabel("Registration number or name").FillAsync(byNumber.RegistrationNumber);
        await page.GetByRole(AriaRole.Button, new() { Name = "Find" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Check in" }).ClickAsync();
        await Expect(page.GetByText("The passenger was checked in."));
        var checkIn = page.GetByRole(AriaRole.Button, new() { Name = "Check in" });
        (await checkIn.CountAsync()).ShouldBe(0, "the search still shows only the passenger checked in");
        var byName = members[1];
        await page.GetByLabel("Registration number or name").FillAsync(byName.GivenName.ToLowerInvariant());
        await page.GetByRole(AriaRole.Button, new() { Name = "Find" }).ClickAsync();
        await Expect(page.GetByText($"{byName.GivenName} {byName.FamilyName}"));
        (await page.GetByText($"{byNumber.GivenName} {byNumber.FamilyName}").CountAsync()).ShouldBe(0);
        var button = page.GetByRole(AriaRole.Button, new() { Name = "Check in" });
        (await button.BoundingBoxAsync())!.Height.ShouldBeGreaterThanOrEqualTo(48, "a big target for a thumb on a tablet");
        await button.ClickAsync();
        await Expect(page.GetByText("The passenger was checked in."));

        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PassageDbContext>();
        var statuses = await db.Bookings.Where(b => b.MovementId == flight && b.CaseId == caseId).SelectMany(b => b.Passengers).Select(p => p.Status).ToListAsync();
        statuses.ShouldBe([PassengerStatus.CheckedIn, PassengerStatus.CheckedIn]);
    }
}
