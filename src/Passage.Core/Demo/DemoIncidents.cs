using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Cases;
using Passage.Core.Incidents;
using Passage.Core.Storage;

namespace Passage.Core.Demo;

/// <summary>
/// A few fictitious incidents of the demo operation, each with injured residents still in the camp, recorded through the
/// security officer's own use cases (so they are audited like any other), for the dashboard and the incident pages.
/// </summary>
internal static class DemoIncidents
{
    private static readonly (int DaysAgo, IncidentType Type, string Location, string Description, int Injured)[] Planned =
    [
        (180, IncidentType.IndirectFire, "Block B, near the water tanks", "Rockets landed between two rows of housing units at night.", 3),
        (96, IncidentType.Fire, "Block D, kitchen area", "A cooking fire spread to two units before it was put out.", 1),
        (41, IncidentType.Accident, "Main gate road", "A supply truck reversed into a queue at the gate.", 2),
        (12, IncidentType.IndirectFire, "Block A, clinic side", "Mortar rounds fell near the clinic during the morning queue.", 2),
    ];

    private static readonly string[] FollowUps =
    [
        "Treated at the camp clinic; dressing changed every two days.", "Taken to hospital in Baghdad; back in the camp after a week.",
        "Shrapnel wound to the leg; physiotherapy at the clinic.",
    ];

    public static async Task RecordAsync(PassageDbContext db, Actor security, TimeProvider clock, Random random, CancellationToken ct)
    {
        // Residents still in the camp, in a fixed order so that the same seed hurts the same fictitious people.
        var inCamp = await db.Persons.AsNoTracking()
            .Where(p => db.Cases.Any(c => c.Id == p.CaseId && (c.Status == CaseStatus.Registered || c.Status == CaseStatus.Interviewed)))
            .OrderBy(p => p.RegistrationNumber).Select(p => p.RegistrationNumber).Take(500).ToListAsync(ct);
        if (inCamp.Count < Planned.Sum(p => p.Injured))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var chosen = inCamp.OrderBy(_ => random.Next()).Take(Planned.Sum(p => p.Injured)).ToList();
        var next = 0;
        foreach (var (daysAgo, type, location, description, injured) in Planned)
        {
            var incident = await new RecordIncident(db, security, clock).ExecuteAsync(
                new IncidentDetails(now.AddDays(-daysAgo).AddHours(-random.Next(0, 12)), type, location, description, "Camp security patrol"), ct);
            for (var i = 0; i < injured; i++)
            {
                var casualty = await new RecordCasualty(db, security, new CaseFactsQuery(db, clock), clock).ExecuteAsync(
                    incident.Value.Id, new CasualtyDetails(chosen[next++], CasualtyOutcome.Injured, FollowUps[random.Next(FollowUps.Length)]), ct);
                if (!casualty.Succeeded)
                {
                    throw new InvalidOperationException($"Demo casualty not recorded: {casualty.Problem!.Title}");
                }
            }
        }
    }
}
