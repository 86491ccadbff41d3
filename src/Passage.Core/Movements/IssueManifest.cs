using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Movements;

/// <summary>
/// Issues the manifest of a movement: the first version, or the next one when the passengers changed since the last. Once
/// issued, every later change to the passengers issues the next version by itself, and earlier versions stay on record.
/// </summary>
public sealed class IssueManifest(PassageDbContext db, Actor actor, MovementChanges changes, TimeProvider clock)
{
    public async Task<Result<ManifestVersion>> ExecuteAsync(Guid movementId, CancellationToken ct = default)
    {
        var loaded = await changes.LoadAsync(movementId, Permission.ManageMovements, ct);
        if (!loaded.Succeeded)
        {
            return loaded.Problem!;
        }

        var latest = await Manifests.LatestAsync(db, movementId, ct);
        var lines = await Manifests.CurrentAsync(db, movementId, ct);
        if (latest is not null && latest.Fingerprint == ManifestVersion.FingerprintOf(ManifestVersion.Serialise(lines)))
        {
            return latest;
        }

        var version = await Manifests.IssueAsync(db, movementId, lines, actor, clock.GetUtcNow(), ct);
        return await changes.SaveAsync(movementId, ct) is { } conflict ? conflict : version;
    }
}
