using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Registry;
using Passage.Core.Registry.Matching;
using Passage.Core.Storage;
using Passage.Matching.Scoring;

namespace Passage.Core.Verification;

/// <summary>
/// A receiving country asks whether a person was a resident. The claim is matched against the whole registry (residents who
/// left, were resettled, returned or died included) and against the earlier claims; the candidates and any fraud flags wait
/// for a registration supervisor. The country gets back its own request, unanswered.
/// </summary>
public sealed class SubmitVerificationRequest(PassageDbContext db, Actor actor, RegistryIndex index, TimeProvider clock)
{
    public const int MaxCandidates = 5;

    public async Task<Result<VerificationRequestView>> ExecuteAsync(ClaimDetails details, CancellationToken ct = default)
    {
        if (!VerificationAccess.MayAsk(actor))
        {
            return Problem.NotFound("Verification request");
        }

        var valid = details.Validate(VerificationAccess.OwnCountry(actor));
        if (!valid.Succeeded)
        {
            return valid.Problem!;
        }

        var now = clock.GetUtcNow();
        var request = VerificationRequest.Submit(valid.Value, actor, now);
        var records = ClaimRecords.For(valid.Value);
        var matches = index.FindSamePerson(records, MaxCandidates)
            .Where(m => m.Result.Decision != MatchDecision.NonMatch)
            .Select(m => (m.PersonId, m.Result))
            .ToList();
        if (await ClaimedPersonAsync(valid.Value.ClaimedRegistrationNumber, ct) is { } claimed && matches.All(m => m.PersonId != claimed.Id))
        {
            matches.Add((claimed.Id, index.ScorePair(records, PersonMatchRecords.For(claimed))));
        }

        var rank = 0;
        foreach (var (personId, result) in matches.OrderByDescending(m => m.Result.LogOdds))
        {
            request.Propose(personId, ++rank, result.Probability, MatchExplanation.Text(result));
        }

        var best = request.Candidates.Where(c => c.Rank == 1).Select(c => (Guid?)c.PersonId).FirstOrDefault();
        var earlier = await FraudChecks.EarlierAsync(db, ct);
        db.VerificationRequests.Add(request);
        db.VerificationFlags.AddRange(FraudChecks.Between(request, best, earlier, index, now));
        await db.SaveChangesAsync(ct);
        return VerificationRequestView.Of(request);
    }

    private async Task<Person?> ClaimedPersonAsync(string? claimed, CancellationToken ct)
    {
        if (RecordNumber.Parse(claimed) is not { Kind: not NumberedKind.Case } number)
        {
            return null;
        }

        return await db.Persons.AsNoTracking().Include(p => p.Aliases)
            .SingleOrDefaultAsync(p => p.RegistrationNumber == number.RegistrationNumber, ct);
    }
}
