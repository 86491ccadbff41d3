using Passage.Core.Accounts;

namespace Passage.Core.Pledges;

public enum DecisionOutcome
{
    Accepted = 1,
    Rejected = 2,
    MoreInformationRequested = 3,
}

/// <summary>A receiving country's decision on a referral, with its date and reason. Never changed once written.</summary>
public sealed class ReferralDecision
{
    private ReferralDecision()
    {
    }

    internal ReferralDecision(Guid referralId, DecisionOutcome outcome, DateOnly decidedOn, string reason, Actor actor, DateTimeOffset now)
    {
        ReferralId = referralId;
        Outcome = outcome;
        DecidedOn = decidedOn;
        Reason = reason;
        RecordedByName = actor.UserName;
        RecordedAt = now;
    }

    public long Id { get; private set; }

    public Guid ReferralId { get; private set; }

    public DecisionOutcome Outcome { get; private set; }

    public DateOnly DecidedOn { get; private set; }

    public string Reason { get; private set; } = "";

    public string RecordedByName { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }
}

/// <summary>Labels for people.</summary>
public static class DecisionOutcomes
{
    public static string Label(DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.Accepted => "Accepted",
        DecisionOutcome.Rejected => "Rejected",
        DecisionOutcome.MoreInformationRequested => "More information requested",
        _ => outcome.ToString(),
    };
}
