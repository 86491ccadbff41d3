using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Cases;
using Passage.Core.Screening;
using Passage.Core.Storage;
using Passage.Core.Verification;

namespace Passage.Testing;

/// <summary>
/// Fills the lists that page (screening lists and hits, verification requests, returns) with more rows than a page holds,
/// straight into the database as their flows would have left them, so a test can page through them.
/// </summary>
public static class LongLists
{
    /// <summary>
    /// One screening list per person, named "List 01", "List 02", …, each with one entry and a pending hit on that person,
    /// the first person's hit the most likely. The entry's name is nobody's in the tests, so that screening in the background
    /// adds no hit of its own.
    /// </summary>
    public static async Task ScreeningHitsAsync(PassageDbContext db, Actor actor, DateTimeOffset now, IReadOnlyList<Guid> personIds)
    {
        for (var i = 0; i < personIds.Count; i++)
        {
            var number = (i + 1).ToString("00", CultureInfo.InvariantCulture);
            var list = ScreeningList.Create(new ValidListDetails($"List {number}", "A ministry of justice", $"MJ-{number}", DateOnly.FromDateTime(now.UtcDateTime), 0.1), actor, now);
            var entry = ScreeningEntry.Add(list.Id, new ValidEntry($"W-{number}", "Kourosh Bahadori", [], null, null, null));
            db.Add(list);
            db.Add(entry);
            await db.SaveChangesAsync();
            db.Add(ScreeningHit.Found(entry, personIds[i], 0.99 - (i * 0.01), "Same name", now));
        }

        await db.SaveChangesAsync();
    }

    /// <summary><paramref name="count"/> verification requests from <paramref name="country"/>, a minute apart, the first one the oldest.</summary>
    public static async Task VerificationRequestsAsync(PassageDbContext db, Actor actor, DateTimeOffset now, string country, int count)
    {
        for (var i = 0; i < count; i++)
        {
            db.Add(VerificationRequest.Submit(new ValidClaim("Reza", "Karimi", null, null, [], null, null, country), actor, now.AddMinutes(i)));
        }

        await db.SaveChangesAsync();
    }

    /// <summary>Moves the cases to Repatriation requested, as a protection officer's request would.</summary>
    public static Task ReturnRequestedAsync(PassageDbContext db, IReadOnlyList<Guid> caseIds) =>
        db.Cases.Where(c => caseIds.Contains(c.Id)).ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, CaseStatus.RepatriationRequested));
}
