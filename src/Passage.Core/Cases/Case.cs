using Passage.Core.Accounts;
using Passage.Core.Common;

namespace Passage.Core.Cases;

/// <summary>
/// The unit that moves together: a family, or one person. Its status changes only through the lifecycle table, which
/// records who, when and why: by hand (<see cref="TryMove"/>) for the transitions no flow owns, by its flow for the others.
/// </summary>
public sealed class Case
{
    private readonly List<CaseEvent> _events = [];

    private Case()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>Issued by the system, unique in the operation.</summary>
    public string CaseNumber { get; private set; } = "";

    public CaseStatus Status { get; private set; }

    /// <summary>The status the case was in when it was put on hold; null unless on hold.</summary>
    public CaseStatus? HeldFrom { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    /// <summary>When the case entered its current status: its last status change, or its opening.</summary>
    public DateTimeOffset StageSince { get; private set; }

    /// <summary>Persons in the case now: kept with every join and leave (<see cref="RecordMembership"/>), so figures count cases, not persons.</summary>
    public int Members { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Concurrency token: rises by one on every change, so a stale edit is refused.</summary>
    public long Version { get; private set; }

    public IReadOnlyList<CaseEvent> Events => _events;

    public static Case Open(string caseNumber, Actor actor, DateTimeOffset now) => Open(Guid.NewGuid(), caseNumber, actor, now);

    /// <summary>Opens with an id the caller chose: bulk work gives ascending ids (<see cref="Storage.OrderedIds"/>).</summary>
    internal static Case Open(Guid id, string caseNumber, Actor actor, DateTimeOffset now)
    {
        var @case = new Case
        {
            Id = id,
            CaseNumber = caseNumber,
            Status = CaseStatus.Registered,
            OpenedAt = now,
            StageSince = now,
            UpdatedAt = now,
            Version = 1,
        };
        @case._events.Add(CaseEvent.Opened(@case.Id, actor, now));
        return @case;
    }

    /// <summary>The transitions <paramref name="actor"/> may make by hand from the current status: those no flow owns.</summary>
    public IEnumerable<CaseTransition> AvailableTo(Actor actor) =>
        CaseLifecycle.From(Status)
            .Where(t => t.IsGeneric)
            .Where(t => Status != CaseStatus.OnHold || t.To == HeldFrom || CaseStatuses.Closed.Contains(t.To))
            .Where(t => actor.Can(t.Permission));

    /// <summary>
    /// Moves the case by hand to <paramref name="to"/> if the table allows it, no flow owns the transition, the actor holds
    /// its permission and its guard passes; otherwise returns the reason and changes nothing.
    /// </summary>
    public Result<CaseEvent> TryMove(CaseStatus to, string? reason, CaseFacts facts, Actor actor, DateTimeOffset now) =>
        Move(CaseFlow.Generic, to, reason, facts, actor, now);

    /// <summary>The path of a flow: makes only the transitions <paramref name="flow"/> owns.</summary>
    internal Result<CaseEvent> TryMoveThrough(CaseFlow flow, CaseStatus to, string? reason, CaseFacts facts, Actor actor, DateTimeOffset now) =>
        Move(flow, to, reason, facts, actor, now);

    private Result<CaseEvent> Move(CaseFlow flow, CaseStatus to, string? reason, CaseFacts facts, Actor actor, DateTimeOffset now)
    {
        var why = TextRules.Required(reason, "Reason", "Say why the case changes status.");
        if (!why.Succeeded)
        {
            return why.Problem!;
        }

        var (transition, refusal) = CaseLifecycle.Find(Status, to, HeldFrom);
        if (transition is null)
        {
            return Problem.Refused(refusal!);
        }

        if (transition.Flow != flow)
        {
            return Problem.Refused(transition.IsGeneric
                ? $"A case moves from {CaseStatuses.Label(Status)} to {CaseStatuses.Label(to)} by hand, not through {CaseFlows.Label(flow)}."
                : $"A case moves from {CaseStatuses.Label(Status)} to {CaseStatuses.Label(to)} only through {CaseFlows.Label(transition.Flow)}; it is not changed by hand.");
        }

        if (!actor.Can(transition.Permission))
        {
            return Problem.Refused(
                $"Only {string.Join(" or ", transition.Roles.Select(Roles.Label))} may move a case from {CaseStatuses.Label(Status)} to {CaseStatuses.Label(to)}.");
        }

        var guardRefusal = transition.Guard(facts);
        if (guardRefusal is not null)
        {
            return Problem.Refused(guardRefusal);
        }

        var from = Status;
        HeldFrom = to == CaseStatus.OnHold ? from : null;
        Status = to;
        StageSince = now;
        var evt = CaseEvent.Moved(Id, from, to, why.Value, actor, now);
        _events.Add(evt);
        Touch(now);
        return evt;
    }

    /// <summary>Records that a person joined or left this case, and counts its members again.</summary>
    public void RecordMembership(string registrationNumber, bool joined, string reason, Actor actor, DateTimeOffset now)
    {
        Members += joined ? 1 : -1;
        _events.Add(CaseEvent.Membership(Id, registrationNumber, joined, reason, actor, now));
        Touch(now);
    }

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version++;
    }
}
