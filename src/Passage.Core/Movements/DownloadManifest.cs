using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Movements;

/// <summary>An issued manifest version of a movement the actor may see, as a file; every download is audited.</summary>
public sealed class DownloadManifest(PassageDbContext db, Actor actor, AuditLog audit)
{
    public async Task<Result<ManifestFile>> ExecuteAsync(Guid movementId, int number, ManifestFormat format, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.ReadMovements) || !Enum.IsDefined(format))
        {
            return Problem.NotFound("Manifest");
        }

        var movement = await MovementAccess.Visible(db.Movements.AsNoTracking(), actor).SingleOrDefaultAsync(m => m.Id == movementId, ct);
        var version = movement is null
            ? null
            : await db.ManifestVersions.AsNoTracking().SingleOrDefaultAsync(v => v.MovementId == movementId && v.Number == number, ct);
        if (movement is null || version is null)
        {
            return Problem.NotFound("Manifest");
        }

        if (version.AnonymisedAt is { } removed)
        {
            return new Problem(ProblemKind.NotFound, "Manifest not found.",
                $"The passenger list of version {version.Number} was removed on {removed:yyyy-MM-dd} at the end of its retention period; its count of {version.Passengers} passenger(s) is kept.");
        }

        var heading = new ManifestHeading(movement.Carrier, movement.Number, movement.DepartsAt, movement.Origin, movement.CountryCode, movement.Destination, version.Number, version.IssuedAt);
        var file = ManifestFiles.Write(heading, version.ReadLines(), format);
        await audit.RecordNowAsync(AuditAction.Exported, nameof(ManifestVersion), $"{movementId}|{number}", $"{format}, {version.Passengers} passenger(s)", ct);
        return file;
    }
}
