using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Pledges;

/// <summary>What a resettlement officer enters for a country's pledge.</summary>
public sealed record PledgeDetails(string? CountryCode, int Places, DateOnly PledgedOn, PledgeCategories Categories, DateOnly? Deadline = null, string? Note = null);

/// <summary>Records a pledge of places by a receiving country, with the counter that acceptances are checked against.</summary>
public sealed class CreatePledge(PassageDbContext db, Actor actor, TimeProvider clock)
{
    public const int MaxPlaces = 100_000;

    public async Task<Result<Pledge>> ExecuteAsync(PledgeDetails details, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.WritePledges))
        {
            return Problem.NotFound("Pledge");
        }

        var errors = new ValidationErrors();
        var country = CountryCode.Normalise(details.CountryCode);
        if (country is null)
        {
            errors.Add(nameof(details.CountryCode), "Choose the receiving country from the list.");
        }

        if (details.Places is < 1 or > MaxPlaces)
        {
            errors.Add(nameof(details.Places), $"A pledge is of 1 to {MaxPlaces} places (persons).");
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        OperationDates.CheckPast(details.PledgedOn, today, nameof(details.PledgedOn), errors);
        if (details.Deadline < details.PledgedOn)
        {
            errors.Add(nameof(details.Deadline), "The deadline cannot be before the pledge.");
        }
        else if (details.Deadline is { } deadline)
        {
            OperationDates.CheckPlanned(deadline, today, nameof(details.Deadline), errors);
        }

        if ((details.Categories & ~(PledgeCategories.Medical | PledgeCategories.FamilyTies | PledgeCategories.Any)) != 0)
        {
            errors.Add(nameof(details.Categories), "Unknown category.");
        }

        if (details.Categories.HasFlag(PledgeCategories.Any) && (details.Categories & (PledgeCategories.Medical | PledgeCategories.FamilyTies)) != 0)
        {
            errors.Add(nameof(details.Categories), "“Anyone who chose resettlement” already includes medical needs and family ties: tick it alone, or tick only the narrower categories.");
        }

        var note = TextRules.FreeText(details.Note, nameof(details.Note), errors);

        if (details.Categories == PledgeCategories.None)
        {
            errors.Add(nameof(details.Categories), "Say which residents the country will consider: medical, family ties, or any.");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var pledge = Pledge.Make(country!, details.Places, details.PledgedOn, details.Categories, details.Deadline,
            note, actor, clock.GetUtcNow());
        db.Pledges.Add(pledge);
        db.PledgeCounters.Add(new PledgeCounter(pledge.Id, details.Places));
        await db.SaveChangesAsync(ct);
        return pledge;
    }
}
