using System.Linq.Expressions;
using Passage.Core.Accounts;

namespace Passage.Core.Pledges;

public enum ReferralStatus
{
    /// <summary>Referred to a pledge; the dossier is not yet with the country.</summary>
    Referred = 1,

    /// <summary>The dossier is with the receiving country, awaiting its decision.</summary>
    Submitted = 2,

    MoreInformationRequested = 3,
    Accepted = 4,

    /// <summary>Rejected by the country; the case can be referred again, to another pledge.</summary>
    Rejected = 5,

    /// <summary>Withdrawn before departure: by the withdraw-referral flow, or because the case closed. Places counted return to the pledge.</summary>
    Withdrawn = 6,
}

/// <summary>
/// A case referred, whole, to a pledge. Its persons are counted at referral; the receiving country's decisions and the
/// exit clearance steps are kept as rows of their own.
/// </summary>
public sealed class Referral
{
    private readonly List<ReferralDecision> _decisions = [];
    private readonly List<ExitClearance> _clearances = [];

    private Referral()
    {
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public Guid PledgeId { get; private set; }

    /// <summary>The pledge's country, kept here so a delegate's view filters on it directly.</summary>
    public string CountryCode { get; private set; } = "";

    /// <summary>Persons in the case when it was referred; the number an acceptance counts against the pledge.</summary>
    public int Persons { get; private set; }

    public ReferralStatus Status { get; private set; }

    public string Reason { get; private set; } = "";

    public string ReferredByName { get; private set; } = "";

    public DateTimeOffset ReferredAt { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public long Version { get; private set; }

    public IReadOnlyList<ReferralDecision> Decisions => _decisions;

    public IReadOnlyList<ExitClearance> Clearances => _clearances;

    /// <summary>Whether the country has the dossier: from submission on, its delegate may see the case.</summary>
    public bool IsWithCountry => Status != ReferralStatus.Referred;

    /// <summary>Referrals that hold the case: it cannot be referred elsewhere meanwhile.</summary>
    public bool IsActive => ReferralStatuses.IsActive(Status);

    /// <summary><see cref="IsActive"/> for queries.</summary>
    public static readonly Expression<Func<Referral, bool>> Active = r => r.Status != ReferralStatus.Rejected && r.Status != ReferralStatus.Withdrawn;

    public static Referral Refer(Guid caseId, Pledge pledge, int persons, string reason, Actor actor, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        CaseId = caseId,
        PledgeId = pledge.Id,
        CountryCode = pledge.CountryCode,
        Persons = persons,
        Status = ReferralStatus.Referred,
        Reason = reason,
        ReferredByName = actor.UserName,
        ReferredAt = now,
        Version = 1,
    };

    /// <summary>Sends the dossier to the country, first time or again after a request for more information; the reason when it cannot.</summary>
    public string? Submit(DateTimeOffset now)
    {
        if (Status is not (ReferralStatus.Referred or ReferralStatus.MoreInformationRequested))
        {
            return $"The referral is {ReferralStatuses.Label(Status)}; only a referral not yet submitted, or one the country asked more information about, is submitted.";
        }

        Status = ReferralStatus.Submitted;
        SubmittedAt = now;
        Version++;
        return null;
    }

    /// <summary>Withdraws an active referral; the reason when it is not active.</summary>
    public string? Withdraw()
    {
        if (!IsActive)
        {
            return $"The referral is {ReferralStatuses.Label(Status)} already; only an active referral is withdrawn.";
        }

        Status = ReferralStatus.Withdrawn;
        Version++;
        return null;
    }

    /// <summary>Counts the case's persons again after someone joined or left it before submission.</summary>
    internal void Recount(int persons)
    {
        Persons = persons;
        Version++;
    }

    /// <summary>
    /// Records the country's decision; the reason when the referral is not awaiting one. A country may also reverse its
    /// acceptance before departure: a rejection of an accepted referral.
    /// </summary>
    public (ReferralDecision? Decision, string? Refusal) Decide(DecisionOutcome outcome, DateOnly decidedOn, string reason, Actor actor, DateTimeOffset now)
    {
        var reversal = Status == ReferralStatus.Accepted && outcome == DecisionOutcome.Rejected;
        if (Status != ReferralStatus.Submitted && !reversal)
        {
            return (null, Status == ReferralStatus.Accepted
                ? "The referral is accepted; the only decision a country records after accepting is a rejection (reversing its acceptance)."
                : $"The referral is {ReferralStatuses.Label(Status)}; a decision is recorded only on a submitted referral.");
        }

        var decision = new ReferralDecision(Id, outcome, decidedOn, reason, actor, now);
        _decisions.Add(decision);
        Status = outcome switch
        {
            DecisionOutcome.Accepted => ReferralStatus.Accepted,
            DecisionOutcome.Rejected => ReferralStatus.Rejected,
            _ => ReferralStatus.MoreInformationRequested,
        };
        Version++;
        return (decision, null);
    }

    /// <summary>Records a step of exit clearance; the reason when the referral is not accepted.</summary>
    public (ExitClearance? Clearance, string? Refusal) RecordClearance(bool documentsReady, bool exitPermission, DateOnly on, string? note, Actor actor, DateTimeOffset now)
    {
        if (Status != ReferralStatus.Accepted)
        {
            return (null, "Exit clearance follows the receiving country's acceptance.");
        }

        if (_clearances.Any(c => c.Status == ClearanceStatus.Cleared))
        {
            return (null, "The case is cleared already.");
        }

        var clearance = new ExitClearance(Id, documentsReady, exitPermission, on, note, actor, now);
        _clearances.Add(clearance);
        Version++;
        return (clearance, null);
    }
}

public static class ReferralStatuses
{
    /// <summary>Whether a referral in <paramref name="status"/> holds its case: neither rejected nor withdrawn.</summary>
    public static bool IsActive(ReferralStatus status) => status is not (ReferralStatus.Rejected or ReferralStatus.Withdrawn);

    public static string Label(ReferralStatus status) => status switch
    {
        ReferralStatus.MoreInformationRequested => "more information requested",
        _ => status.ToString().ToLowerInvariant(),
    };
}
