using Passage.Core.Accounts;
using Passage.Matching.Scoring;

namespace Passage.Core.Registry.Matching;

/// <summary>Where a proposed duplicate pair stands.</summary>
public enum DuplicateReviewStatus
{
    Open = 1,
    Merged = 2,
    Separated = 3,
}

/// <summary>
/// A pair of registered persons that a scan of the registry proposed as possibly the same person, waiting for a
/// reviewer to merge them or to find them different. The pair is stored smaller id first.
/// </summary>
public sealed class DuplicateReview
{
    private DuplicateReview()
    {
    }

    public long Id { get; private set; }

    public Guid PersonA { get; private set; }

    public Guid PersonB { get; private set; }

    public double Probability { get; private set; }

    /// <summary>The engine's explanation, field by field, as it was when the pair was last scored (found, or found again by a later scan).</summary>
    public string Explanation { get; private set; } = "";

    public DateTimeOffset FoundAt { get; private set; }

    public DuplicateReviewStatus Status { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? Reason { get; private set; }

    public static DuplicateReview Propose(Guid one, Guid other, MatchResult result, DateTimeOffset now)
    {
        var (a, b) = DistinctPersons.Order(one, other);
        return new DuplicateReview
        {
            PersonA = a,
            PersonB = b,
            Probability = result.Probability,
            Explanation = Explain(result),
            FoundAt = now,
            Status = DuplicateReviewStatus.Open,
        };
    }

    /// <summary>
    /// Takes a newer score of an open pair (a later scan, with the persons' records and the engine as they are now), so that
    /// the queue's order and the stored likelihood do not keep a score that no longer holds.
    /// </summary>
    public void Rescore(MatchResult result)
    {
        if (Status == DuplicateReviewStatus.Open)
        {
            Probability = result.Probability;
            Explanation = Explain(result);
        }
    }

    private static string Explain(MatchResult result) => MatchExplanation.Text(result);

    public void Decide(DuplicateReviewStatus status, string reason, Actor actor, DateTimeOffset now)
    {
        if (Status != DuplicateReviewStatus.Open)
        {
            throw new InvalidOperationException("The pair has been decided already.");
        }

        Status = status;
        Reason = reason.Trim();
        DecidedBy = actor.UserName;
        DecidedAt = now;
    }
}
