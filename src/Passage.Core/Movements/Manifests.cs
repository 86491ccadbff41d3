using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Storage;

namespace Passage.Core.Movements;

/// <summary>Builds a movement's manifest lines from its passengers and issues numbered versions of it.</summary>
internal static class Manifests
{
    /// <summary>
    /// The passengers expected on the movement now (every member of a booking not released, except no-shows), each with the
    /// name and number of their travel document, in case and registration order.
    /// </summary>
    public static async Task<IReadOnlyList<ManifestLine>> CurrentAsync(PassageDbContext db, Guid movementId, CancellationToken ct)
    {
        var rows = await (
            from b in db.Bookings.AsNoTracking()
            where b.MovementId == movementId && b.Status != BookingStatus.Released
            from p in b.Passengers
            where p.Status != PassengerStatus.NoShow
            join person in db.Persons on p.PersonId equals person.Id
            join d in db.TravelDocuments on p.PersonId equals d.PersonId into documents
            from d in documents.DefaultIfEmpty()
            select new
            {
                b.CaseNumber,
                p.RegistrationNumber,
                person.GivenName,
                person.FamilyName,
                person.GivenNameArabic,
                person.FamilyNameArabic,
                person.BirthYear,
                person.BirthMonth,
                person.BirthDay,
                person.Sex,
                p.Needs,
                Document = d == null ? null : d.Number,
                NameInDocument = d == null ? null : d.NameInDocument,
            }).ToListAsync(ct);
        return rows
            .OrderBy(r => r.CaseNumber, StringComparer.Ordinal).ThenBy(r => r.RegistrationNumber, StringComparer.Ordinal)
            .Select(r => new ManifestLine(
                r.NameInDocument ?? $"{r.GivenName} {r.FamilyName}",
                $"{r.GivenNameArabic} {r.FamilyNameArabic}".Trim(),
                Registry.PartialDate.FromParts(r.BirthYear, r.BirthMonth, r.BirthDay).ToString(),
                r.Sex.ToString(),
                r.Document ?? "",
                PassengerStatuses.Label(r.Needs)))
            .ToList();
    }

    public static Task<ManifestVersion?> LatestAsync(PassageDbContext db, Guid movementId, CancellationToken ct) =>
        db.ManifestVersions.AsNoTracking().Where(v => v.MovementId == movementId).OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);

    /// <summary>The current lines when a manifest was issued and they differ from its latest version; null otherwise.</summary>
    public static async Task<IReadOnlyList<ManifestLine>?> ChangedSinceIssueAsync(PassageDbContext db, Guid movementId, CancellationToken ct)
    {
        if (await LatestAsync(db, movementId, ct) is not { } latest)
        {
            return null;
        }

        var lines = await CurrentAsync(db, movementId, ct);
        return ManifestVersion.FingerprintOf(ManifestVersion.Serialise(lines)) == latest.Fingerprint ? null : lines;
    }

    /// <summary>Issues the next version when a manifest was issued before and the passengers changed since; the caller saves.</summary>
    public static async Task RefreshAsync(PassageDbContext db, Guid movementId, Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        if (await ChangedSinceIssueAsync(db, movementId, ct) is { } lines)
        {
            await IssueAsync(db, movementId, lines, actor, now, ct);
        }
    }

    /// <summary>Adds the next numbered version with <paramref name="lines"/>; the caller saves.</summary>
    public static async Task<ManifestVersion> IssueAsync(PassageDbContext db, Guid movementId, IReadOnlyList<ManifestLine> lines, Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        var number = (await LatestAsync(db, movementId, ct))?.Number ?? 0;
        var version = ManifestVersion.Issue(movementId, number + 1, lines, actor, now);
        db.ManifestVersions.Add(version);
        return version;
    }
}
