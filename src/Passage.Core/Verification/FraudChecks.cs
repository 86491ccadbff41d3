using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Passage.Core.Registry.Matching;
using Passage.Core.Storage;
using Passage.Matching.Scoring;

namespace Passage.Core.Verification;

/// <summary>
/// The signs of fraud between a new claim and the earlier ones: a claim that describes the same person as an earlier claim
/// (the same claimant again, spelt another way or sent to another country), and a claim whose best candidate in the registry
/// is the best candidate, or the verified person, of an earlier claim that describes someone else.
/// </summary>
public static class FraudChecks
{
    /// <summary>An earlier request as the checks need it: its claim, its best candidate and whom it was verified as.</summary>
    public sealed record Earlier(VerificationRequest Request, Guid? BestCandidate);

    /// <summary>Every request so far, with its best candidate.</summary>
    public static async Task<IReadOnlyList<Earlier>> EarlierAsync(PassageDbContext db, CancellationToken ct)
    {
        var requests = await db.VerificationRequests.AsNoTracking().ToListAsync(ct);
        var best = await db.VerificationCandidates.AsNoTracking().Where(c => c.Rank == 1).ToDictionaryAsync(c => c.RequestId, c => c.PersonId, ct);
        return requests.Select(r => new Earlier(r, best.TryGetValue(r.Id, out var person) ? person : null)).ToList();
    }

    public static IEnumerable<VerificationFlag> Between(
        VerificationRequest request, Guid? bestCandidate, IEnumerable<Earlier> earlier, RegistryIndex index, DateTimeOffset now)
    {
        var records = ClaimRecords.For(request.Claim);
        foreach (var other in earlier.Where(e => e.Request.Id != request.Id))
        {
            var score = index.ScorePair(records, ClaimRecords.For(other.Request.Claim));
            var same = score.Decision != MatchDecision.NonMatch;
            var where = other.Request.CountryCode == request.CountryCode
                ? "the same country"
                : $"another country ({other.Request.CountryCode})";
            if (same)
            {
                yield return VerificationFlag.Raise(request.Id, other.Request.Id, FraudSign.RepeatedClaim,
                    string.Create(CultureInfo.InvariantCulture,
                        $"Likely the same claimant as a request of {other.Request.SubmittedAt:yyyy-MM-dd} to {where}: {Likelihood.Text(score.Probability)} ({MatchExplanation.Text(score)})"),
                    now);
            }
            else if (bestCandidate is { } person && (other.BestCandidate == person || other.Request.VerifiedPersonId == person))
            {
                yield return VerificationFlag.Raise(request.Id, other.Request.Id, FraudSign.IdentityClaimedTwice,
                    string.Create(CultureInfo.InvariantCulture,
                        $"The best match in the registry is also that of a request of {other.Request.SubmittedAt:yyyy-MM-dd} to {where}, whose claim describes someone else: {Likelihood.Text(score.Probability)} ({MatchExplanation.Text(score)})"),
                    now);
            }
        }
    }
}
