using Passage.Core.Accounts;
using Passage.Core.Registry;

namespace Passage.Core.Cases;

/// <summary>
/// A case's history as one viewer may read it: each entry's reason belongs to the field group of its step (a hold to the hold
/// reasons, a country's decision to the decision reasons, a walk-out to the whereabouts, …) and shows only to whoever may read
/// that group, or to whoever recorded it; the staff name shows only to whoever may read staff names.
/// </summary>
public static class CaseHistory
{
    /// <summary>The field group whose permission reads the reason of a history entry.</summary>
    public static FieldGroup ReasonGroup(CaseEventKind kind, CaseStatus? from, CaseStatus? to) => (kind, from, to) switch
    {
        (CaseEventKind.StatusChanged, _, CaseStatus.LeftCamp) => FieldGroup.Whereabouts,
        (CaseEventKind.StatusChanged, CaseStatus.OnHold, _) or (CaseEventKind.StatusChanged, _, CaseStatus.OnHold) => FieldGroup.HoldReasons,
        (CaseEventKind.StatusChanged, _, CaseStatus.Accepted or CaseStatus.Rejected) => FieldGroup.DecisionReasons,
        (CaseEventKind.StatusChanged, _, CaseStatus.Referred or CaseStatus.Submitted or CaseStatus.Cleared) => FieldGroup.Referrals,
        (CaseEventKind.StatusChanged, _, CaseStatus.RepatriationRequested or CaseStatus.RepatriationCleared) => FieldGroup.ResettlementChoice,
        _ => FieldGroup.CaseHistory,
    };

    /// <summary>The entries in order, oldest first, each with only what <paramref name="actor"/> may read.</summary>
    public static IReadOnlyList<CaseEventView> For(IEnumerable<CaseEvent> events, Actor actor) =>
        events.OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => View(e, actor)).ToList();

    public static CaseEventView View(CaseEvent e, Actor actor)
    {
        var own = e.ActorUserId == actor.UserId;
        return new CaseEventView(
            e.Kind, e.FromStatus, e.ToStatus, e.RegistrationNumber,
            own || actor.MayRead(ReasonGroup(e.Kind, e.FromStatus, e.ToStatus)) ? e.Reason : null,
            own || actor.MayRead(FieldGroup.StaffNames) ? e.ActorName : null,
            e.At);
    }
}
