using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Common;
using Passage.Core.Registry;
using Passage.Core.Storage;

namespace Passage.Core.Movements;

/// <summary>
/// One movement the actor may see, with its bookings, passengers and manifest versions; with <c>search</c>, only the
/// passengers whose registration number or name holds it (check-in at the door). Audited with the registration numbers shown.
/// </summary>
public sealed class ViewMovement(PassageDbContext db, Actor actor, AuditLog audit)
{
    public async Task<Result<MovementView>> ExecuteAsync(Guid movementId, string? search = null, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.ReadMovements))
        {
            return Problem.NotFound(nameof(Movement));
        }

        var visible = MovementAccess.Visible(db.Movements, actor).Where(m => m.Id == movementId);
        var summary = (await MovementQueries.SummariesAsync(db, visible, ct)).SingleOrDefault();
        if (summary is null)
        {
            return Problem.NotFound(nameof(Movement));
        }

        var cancellation = await visible.Select(m => m.CancellationReason).SingleAsync(ct);
        var bookings = (await MovementQueries.BookingsAsync(db, actor, [movementId], null, ct)).Select(b => b.Booking).ToList();
        var raw = (TextRules.Neutralise(search) ?? "").Trim();
        if (raw.Length > 0)
        {
            var needle = Words(raw);
            bookings = bookings
                .Select(b => b with { Passengers = b.Passengers.Where(p => Matches(p, raw, needle)).ToList() })
                .Where(b => b.Passengers.Count > 0)
                .ToList();
        }

        var names = actor.MayRead(FieldGroup.StaffNames);
        var versions = await db.ManifestVersions.AsNoTracking().Where(v => v.MovementId == movementId).OrderByDescending(v => v.Number)
            .Select(v => new { v.Number, v.Passengers, v.IssuedAt, v.IssuedByName, v.Fingerprint }).ToListAsync(ct);
        var changed = versions.Count > 0
            && versions[0].Fingerprint != ManifestVersion.FingerprintOf(ManifestVersion.Serialise(await Manifests.CurrentAsync(db, movementId, ct)));
        var shown = bookings.SelectMany(b => b.Passengers).Select(p => p.RegistrationNumber);
        await audit.RecordNowAsync(AuditAction.Viewed, nameof(Movement), movementId.ToString(),
            (raw.Length > 0 ? "search; " : "") + $"showed {string.Join(' ', shown)}", ct);
        return new MovementView(
            summary, cancellation, bookings,
            versions.Select(v => new ManifestVersionView(v.Number, v.Passengers, v.IssuedAt, names ? v.IssuedByName : null)).ToList(), changed);
    }

    private static string Words(string? text) => string.Join(' ', PersonSearchKey.Tokens(text));

    private static bool Matches(PassengerView p, string raw, string needle) =>
        p.RegistrationNumber.Contains(raw, StringComparison.OrdinalIgnoreCase)
        || (needle.Length > 0 && new[] { p.Name, p.NameArabic, p.NameInDocument }.Any(n => Words(n).Contains(needle, StringComparison.Ordinal)));
}
