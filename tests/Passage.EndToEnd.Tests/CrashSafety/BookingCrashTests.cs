using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Cases;
using Passage.Core.Movements;
using Passage.Testing;
using Xunit.Abstractions;

namespace Passage.EndToEnd.Tests.CrashSafety;

/// <summary>
/// The web application killed (SIGKILL) while it books many cases at once leaves each booking whole or absent: the case's
/// status, its passengers, the movement's seat counters and the audit agree, and the bookings lost can be made after a restart.
/// </summary>
public sealed class BookingCrashTests(ITestOutputHelper output)
{
    private const int Cases = 45;
    private const int Movements = 3;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task WebKilledWhileBooking_LeavesEveryBookingWholeOrAbsent_AndTheRestAreBookedAfterRestart(DatabaseProvider provider)
    {
        using var scene = CrashScene.Create(provider);
        var pledge = await scene.PledgeAsync("DE", Cases * 3);
        var cases = new List<Guid>();
        for (var i = 0; i < Cases; i++)
        {
            var caseId = await scene.InterviewedFamilyAsync(i);
            await scene.ClearAsync(await scene.SubmittedReferralAsync(caseId, pledge.Id), "DE");
            cases.Add(caseId);
        }

        var movements = new List<Guid>();
        for (var i = 0; i < Movements; i++)
        {
            var details = new MovementDetails(MovementKind.Flight, DateTimeOffset.UtcNow.AddDays(7 + i), "Baghdad International (BGW)", "DE", "Frankfurt (FRA)", "Iraqi Airways", $"IA 23{i}", Cases * 3, 0, 0);
            movements.Add((await scene.AsAsync(Roles.Movement, sp => sp.GetRequiredService<PlanMovement>().ExecuteAsync(details))).Id);
        }

        var token = await scene.TokenAsync(Roles.Movement);
        var requests = cases.Select((caseId, i) => (Func<HttpClient, Task<HttpResponseMessage>>)(http =>
            http.PostAsJsonAsync($"/api/v1/movements/{movements[i % Movements]}/bookings", new { caseId })));

        Killed killed;
        using (var web = await scene.StartWebAsync(token))
        {
            killed = await KillMidway.SendAndKillAsync(web, requests);
        }

        output.WriteLine($"Answers before the kill: {killed}");
        killed.Unanswered.ShouldBeGreaterThan(0, $"every booking sent was answered before the kill: {killed}");
        var booked = await BookedCasesAsync(scene, cases);
        cases.Where((_, i) => killed.Answers[i] == HttpStatusCode.OK).ShouldBeSubsetOf(booked, "a booking answered OK is kept");
        (await scene.VerifyAuditAsync()).Intact.ShouldBeTrue();

        using (var web = await scene.StartWebAsync(token))
        {
            foreach (var (caseId, i) in cases.Select((c, i) => (c, i)).Where(c => !booked.Contains(c.c)))
            {
                using var response = await web.Http.PostAsJsonAsync($"/api/v1/movements/{movements[i % Movements]}/bookings", new { caseId });
                response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            }

            await web.KillAsync();
        }

        (await BookedCasesAsync(scene, cases)).Count.ShouldBe(Cases);
        (await scene.VerifyAuditAsync()).Intact.ShouldBeTrue();
    }

    /// <summary>Checks that every case is booked whole or not at all, and the seat counters count exactly the booked persons; returns the booked cases.</summary>
    private static async Task<HashSet<Guid>> BookedCasesAsync(CrashScene scene, IReadOnlyList<Guid> cases)
    {
        await using var db = scene.Database.CreateContext();
        var bookings = await db.Bookings.AsNoTracking().Where(b => b.Status == BookingStatus.Booked).ToListAsync();
        var passengers = await db.Passengers.AsNoTracking().ToListAsync();
        var bookingAudits = await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == nameof(Booking) && a.Action == AuditAction.Created).Select(a => a.EntityId).ToListAsync();
        foreach (var caseId in cases)
        {
            var @case = await db.Cases.AsNoTracking().SingleAsync(c => c.Id == caseId);
            var members = await db.Persons.AsNoTracking().Where(p => p.CaseId == caseId).Select(p => p.Id).ToListAsync();
            var booking = bookings.SingleOrDefault(b => b.CaseId == caseId);
            if (booking is null)
            {
                @case.Status.ShouldBe(CaseStatus.Cleared, $"case {@case.CaseNumber} has no booking");
                continue;
            }

            @case.Status.ShouldBe(CaseStatus.Booked, $"case {@case.CaseNumber} has a booking");
            passengers.Where(p => p.BookingId == booking.Id).Select(p => p.PersonId).ShouldBe(members, ignoreOrder: true);
            booking.Persons.ShouldBe(members.Count);
            bookingAudits.ShouldContain(booking.Id.ToString());
        }

        passengers.Select(p => p.BookingId).Distinct().ShouldBe(bookings.Select(b => b.Id), ignoreOrder: true);
        foreach (var seats in await db.MovementSeats.AsNoTracking().ToListAsync())
        {
            seats.Booked.ShouldBe(bookings.Where(b => b.MovementId == seats.MovementId).Sum(b => b.Persons));
        }

        return bookings.Select(b => b.CaseId).ToHashSet();
    }
}
