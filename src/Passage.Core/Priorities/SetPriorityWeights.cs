using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Priorities;

/// <summary>The administrator reads and sets the weights of the referral priority score.</summary>
public sealed class SetPriorityWeights(PassageDbContext db, Actor actor, TimeProvider clock)
{
    public async Task<Result<PriorityWeightValues>> CurrentAsync(CancellationToken ct = default) =>
        actor.Can(Permission.ManagePriorityWeights) || actor.Can(Permission.WritePledges)
            ? (await db.PriorityWeights.AsNoTracking().SingleOrDefaultAsync(ct) ?? PriorityWeights.Defaults).Values
            : Problem.NotFound("Weights");

    public async Task<Result<PriorityWeightValues>> ExecuteAsync(PriorityWeightValues values, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.ManagePriorityWeights))
        {
            return Problem.NotFound("Weights");
        }

        var errors = new ValidationErrors();
        foreach (var (name, value) in new[]
        {
            (nameof(values.SeriousMedical), values.SeriousMedical), (nameof(values.Disability), values.Disability),
            (nameof(values.OlderPerson), values.OlderPerson), (nameof(values.SingleParent), values.SingleParent),
            (nameof(values.PerMonthWaiting), values.PerMonthWaiting), (nameof(values.FamilyTiesInPledgingCountry), values.FamilyTiesInPledgingCountry),
            (nameof(values.ProtectionConcerns), values.ProtectionConcerns),
        })
        {
            if (value is < 0 or > PriorityWeights.MaxWeight)
            {
                errors.Add(name, $"A weight is a whole number from 0 to {PriorityWeights.MaxWeight}.");
            }
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var weights = await db.PriorityWeights.SingleAsync(ct);
        weights.Set(values, actor.UserName, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return weights.Values;
    }
}
