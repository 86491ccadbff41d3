using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Pledges;

/// <summary>Adds places to a pledge ("210 more"): a new raise row and the counter's places, in one transaction.</summary>
public sealed class RaisePledge(PassageDbContext db, Actor actor, TimeProvider clock)
{
    public async Task<Result<Pledge>> ExecuteAsync(Guid pledgeId, int places, DateOnly on, string? reason, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.WritePledges))
        {
            return Problem.NotFound("Pledge");
        }

        var pledge = await db.Pledges.Include(p => p.Raises).SingleOrDefaultAsync(p => p.Id == pledgeId, ct);
        if (pledge is null)
        {
            return Problem.NotFound("Pledge");
        }

        if (places is < 1 or > CreatePledge.MaxPlaces)
        {
            return Problem.Invalid("Places", $"Raise by 1 to {CreatePledge.MaxPlaces} places.");
        }

        var why = TextRules.Required(reason, "Reason", "Say what the country announced, for example the date and reference of its letter.");
        if (!why.Succeeded)
        {
            return why.Problem!;
        }

        if (OperationDates.PastProblem(on, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), "On") is { } badDate)
        {
            return badDate;
        }

        if (pledge.Status != PledgeStatus.Open)
        {
            return Problem.Refused("The pledge is closed; record a new pledge instead.");
        }

        pledge.Raise(places, on, why.Value, actor, clock.GetUtcNow());
        await using var transaction = await db.Database.BeginOrNestTransactionAsync(ct);
        await PledgeCounters.AddPlacesAsync(db, pledge.Id, places, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problem.Conflict();
        }

        await transaction.CommitAsync(ct);
        return pledge;
    }
}
