using Passage.Core.Accounts;
using Passage.Core.Cases;

namespace Passage.Core.Pledges;

/// <summary>A referral in a list: the delegate's inbox, the resettlement officers' overview.</summary>
public sealed record ReferralSummary(
    Guid Id,
    Guid CaseId,
    string CaseNumber,
    Guid PledgeId,
    string CountryCode,
    int Persons,
    ReferralStatus Status,
    DateTimeOffset ReferredAt,
    DateTimeOffset? SubmittedAt);

/// <summary>
/// A referral with every decision and clearance step, oldest first. The operation's notes (<see cref="Reason"/>, a clearance's note)
/// and staff account names are null for a viewer who may not read them (a country delegate).
/// </summary>
public sealed record ReferralView(
    Guid Id,
    Guid PledgeId,
    string CountryCode,
    int Persons,
    ReferralStatus Status,
    string? Reason,
    string? ReferredBy,
    DateTimeOffset ReferredAt,
    DateTimeOffset? SubmittedAt,
    long Version,
    IReadOnlyList<DecisionView> Decisions,
    IReadOnlyList<ClearanceView> Clearances);

public sealed record DecisionView(DecisionOutcome Outcome, DateOnly DecidedOn, string Reason, string? RecordedBy, DateTimeOffset RecordedAt);

public sealed record ClearanceView(ClearanceStatus Status, bool DocumentsReady, bool ExitPermission, DateOnly On, string? Note, string? RecordedBy);

/// <summary>
/// A case's referral history as one viewer may see it (a country delegate: their country's referrals only, without the case's
/// own status, which is null for whoever may not read case statuses).
/// </summary>
public sealed record CaseReferrals(Guid CaseId, string CaseNumber, CaseStatus? Status, long CaseVersion, IReadOnlyList<ReferralView> Referrals);

public static class ReferralViews
{
    public static ReferralView For(Referral r, Actor actor)
    {
        var notes = actor.MayRead(FieldGroup.InternalNotes);
        var names = actor.MayRead(FieldGroup.StaffNames);
        return new(
            r.Id, r.PledgeId, r.CountryCode, r.Persons, r.Status, notes ? r.Reason : null, names ? r.ReferredByName : null, r.ReferredAt, r.SubmittedAt, r.Version,
            r.Decisions.OrderBy(d => d.RecordedAt).ThenBy(d => d.Id)
                .Select(d => new DecisionView(d.Outcome, d.DecidedOn, d.Reason, names ? d.RecordedByName : null, d.RecordedAt)).ToList(),
            r.Clearances.OrderBy(c => c.RecordedAt).ThenBy(c => c.Id)
                .Select(c => new ClearanceView(c.Status, c.DocumentsReady, c.ExitPermission, c.On, notes ? c.Note : null, names ? c.RecordedByName : null)).ToList());
    }
}
