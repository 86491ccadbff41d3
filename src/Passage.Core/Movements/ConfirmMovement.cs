using Passage.Core.Accounts;
using Passage.Core.Common;

namespace Passage.Core.Movements;

/// <summary>Records that the carrier confirmed a planned movement.</summary>
public sealed class ConfirmMovement(MovementChanges changes, TimeProvider clock)
{
    public async Task<Result<Movement>> ExecuteAsync(Guid movementId, CancellationToken ct = default)
    {
        var loaded = await changes.LoadAsync(movementId, Permission.ManageMovements, ct);
        if (!loaded.Succeeded)
        {
            return loaded.Problem!;
        }

        if (loaded.Value.Confirm(clock.GetUtcNow()) is { } refusal)
        {
            changes.Discard();
            return Problem.Refused(refusal);
        }

        return await changes.SaveAsync(movementId, ct) is { } conflict ? conflict : loaded.Value;
    }
}
