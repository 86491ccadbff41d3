using Passage.Core.Accounts;

namespace Passage.Core.Cases;

/// <summary>
/// The case lifecycle of DESIGN.md as an explicit transition table. Every move a case can make is a row here;
/// anything not in the table is refused with the reason.
/// </summary>
public static class CaseLifecycle
{
    /// <summary>Statuses from which a referral can be withdrawn: referred, and every step after it until departure.</summary>
    public static readonly IReadOnlyList<CaseStatus> ReferralWithdrawnFrom =
        [CaseStatus.Referred, CaseStatus.Submitted, CaseStatus.Accepted, CaseStatus.Cleared, CaseStatus.Booked, CaseStatus.NoShow];

    /// <summary>Every allowed transition. "Any open state" rows are expanded, one per state.</summary>
    public static readonly IReadOnlyList<CaseTransition> Transitions = Build();

    /// <summary>The transitions out of <paramref name="status"/>.</summary>
    public static IEnumerable<CaseTransition> From(CaseStatus status) => Transitions.Where(t => t.From == status);

    /// <summary>
    /// The rule for moving from <paramref name="from"/> to <paramref name="to"/>, or the reason there is none.
    /// For a case on hold, "from" is <see cref="CaseStatus.OnHold"/> and the release goes back to <paramref name="heldFrom"/> only.
    /// </summary>
    public static (CaseTransition? Transition, string? Refusal) Find(CaseStatus from, CaseStatus to, CaseStatus? heldFrom)
    {
        if (from == CaseStatus.OnHold && to != CaseStatus.OnHold && heldFrom is not null && to != heldFrom
            && !Terminal.Contains(to))
        {
            return (null, $"A case on hold goes back only to where it was ({CaseStatuses.Label(heldFrom.Value)}).");
        }

        var transition = Transitions.FirstOrDefault(t => t.From == from && t.To == to);
        if (transition is not null)
        {
            return (transition, null);
        }

        if (CaseStatuses.Closed.Contains(from))
        {
            return (null, $"The case is {CaseStatuses.Label(from)}; a closed case does not change status.");
        }

        var sources = Transitions.Where(t => t.To == to).Select(t => CaseStatuses.Label(t.From)).Distinct().ToArray();
        return (null, sources.Length == 0
            ? $"No case can move to {CaseStatuses.Label(to)}."
            : $"The case is {CaseStatuses.Label(from)}; it can move to {CaseStatuses.Label(to)} only from {string.Join(", ", sources)}.");
    }

    private static readonly CaseStatus[] Terminal = [CaseStatus.LeftCamp, CaseStatus.Withdrawn, CaseStatus.Deceased];

    private static List<CaseTransition> Build()
    {
        var rows = new List<CaseTransition>
        {
            new(CaseStatus.Registered, CaseStatus.Interviewed, Permission.WriteInterviewRecord, CaseFlow.Interview, HasMembers),
            new(CaseStatus.Interviewed, CaseStatus.Referred, Permission.WritePledges, CaseFlow.Referral, EveryAdultChoseResettlement),
            new(CaseStatus.Rejected, CaseStatus.Referred, Permission.WritePledges, CaseFlow.Referral, EveryAdultChoseResettlement),
            new(CaseStatus.Referred, CaseStatus.Submitted, Permission.WritePledges, CaseFlow.Referral, HasMembers),
            new(CaseStatus.Submitted, CaseStatus.Accepted, Permission.DecideReferrals, CaseFlow.CountryDecision, HasMembers),
            new(CaseStatus.Submitted, CaseStatus.Rejected, Permission.DecideReferrals, CaseFlow.CountryDecision, Always),
            new(CaseStatus.Accepted, CaseStatus.Rejected, Permission.DecideReferrals, CaseFlow.CountryDecision, Always),
            new(CaseStatus.Cleared, CaseStatus.Rejected, Permission.DecideReferrals, CaseFlow.CountryDecision, Always),
            new(CaseStatus.Accepted, CaseStatus.Cleared, Permission.WritePledges, CaseFlow.ExitClearance, HasMembers),
            new(CaseStatus.Cleared, CaseStatus.Booked, Permission.ManageMovements, CaseFlow.Movement, HasMembers),
            new(CaseStatus.Booked, CaseStatus.Departed, Permission.ManageMovements, CaseFlow.Movement, HasMembers),

            new(CaseStatus.Booked, CaseStatus.NoShow, Permission.ManageMovements, CaseFlow.Movement, Always),

            // A booking that ends before anyone travelled (nobody came, the movement cancelled) returns the case to Cleared for rebooking.
            new(CaseStatus.NoShow, CaseStatus.Cleared, Permission.ManageMovements, CaseFlow.Movement, Always),
            new(CaseStatus.Booked, CaseStatus.Cleared, Permission.ManageMovements, CaseFlow.Movement, Always),
            new(CaseStatus.Departed, CaseStatus.Arrived, Permission.ConfirmArrivals, CaseFlow.Movement, Always),
            new(CaseStatus.Interviewed, CaseStatus.RepatriationRequested, Permission.ManageRepatriation, CaseFlow.Repatriation, EveryAdultChosePrivateReturn),
            new(CaseStatus.RepatriationRequested, CaseStatus.RepatriationCleared, Permission.ManageRepatriation, CaseFlow.Repatriation, HasMembers),
            new(CaseStatus.RepatriationCleared, CaseStatus.Departed, Permission.ManageMovements, CaseFlow.Repatriation, HasMembers),
        };

        // Withdrawing the referral takes the case back to Interviewed, where its membership may change and it may be referred again.
        foreach (var referred in ReferralWithdrawnFrom)
        {
            rows.Add(new(referred, CaseStatus.Interviewed, Permission.WritePledges, CaseFlow.ReferralWithdrawal, Always));
        }

        foreach (var open in Enum.GetValues<CaseStatus>().Where(CaseStatuses.IsOpen))
        {
            if (open != CaseStatus.OnHold)
            {
                rows.Add(new(open, CaseStatus.OnHold, Permission.HoldCases, CaseFlow.Generic, Always));
                rows.Add(new(CaseStatus.OnHold, open, Permission.HoldCases, CaseFlow.Generic, Always));
            }

            rows.Add(new(open, CaseStatus.LeftCamp, Permission.WriteWhereabouts, CaseFlow.WalkOut, HasMembers));
            rows.Add(new(open, CaseStatus.Withdrawn, Permission.CloseCases, CaseFlow.Generic, Always));
            rows.Add(new(open, CaseStatus.Deceased, Permission.WriteIncidents, CaseFlow.Incident, Always));
        }

        return rows;
    }

    private static string? Always(CaseFacts facts) => null;

    private static string? HasMembers(CaseFacts facts) =>
        facts.MemberCount > 0 ? null : "The case has no members.";

    /// <summary>
    /// The guard of a voluntary return: null when every adult chose to return, informed, in an interview held alone, else who did not.
    /// </summary>
    internal static string? EveryAdultChosePrivateReturn(CaseFacts facts) =>
        HasMembers(facts) ?? (facts.AdultsWithoutPrivateReturnChoice.Count == 0
            ? null
            : $"No private interview recording an informed choice to return for: {string.Join(", ", facts.AdultsWithoutPrivateReturnChoice)}. "
                + "Every adult must choose to return in an interview held alone with them, and confirm it is their own decision after being told "
                + "what return means and that they may withdraw the request at any time, before a return is requested.");

    private static string? EveryAdultChoseResettlement(CaseFacts facts) =>
        HasMembers(facts) ?? (facts.AdultsWithoutResettlementChoice.Count == 0
            ? null
            : $"No recorded choice to resettle for: {string.Join(", ", facts.AdultsWithoutResettlementChoice)}. Every adult must choose resettlement in their own interview before the case is referred.");
}
