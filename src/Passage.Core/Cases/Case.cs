using Passage.Core.Accounts;
using Passage.Core.Common;

namespace Passage.Core.Cases;

/// <summary>
/// The unit that moves together: a family, or one person. Its status changes only through
/// <see cref="TryMove"/>, which applies the lifecycle table and records who, when and why.
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

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Concurrency token: rises by one on every change, so a stale edit is refused.</summary>
    public long Version { get; private set; }

    public IReadOnlyList<CaseEvent> Events => _events;

    public static Case Open(string caseNumber, Actor actor, DateTimeOffset now)
    {
        var @case = new Case
        {
            Id = Guid.NewGuid(),
            CaseNumber = caseNumber,
            Status = CaseStatus.Registered,
            OpenedAt = now,
            UpdatedAt = now,
            Version = 1,
        };
        @case._events.Add(CaseEvent.Opened(@case.Id, actor, now));
        return @case;
    }

    /// <summary>The transitions <paramref name="actor"/> may make from the current status.</summary>
    public IEnumerable<CaseTransition> AvailableTo(Actor actor) =>
        CaseLifecycle.From(Status)
            .Where(t => Status != CaseStatus.OnHold || t.To == HeldFrom || CaseStatuses.Closed.Contains(t.To))
            .Where(t => t.Roles.Any(actor.IsIn));

    /// <summary>
    /// Moves the case to <paramref name="to"/> if the table allows it, the actor holds one of its roles and its guard passes;
    /// otherwise returns the reason and changes nothing.
    /// </summary>
    public Result<CaseEvent> TryMove(CaseStatus to, string? reason, CaseFacts facts, Actor actor, DateTimeOffset now)
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

        if (!transition.Roles.Any(actor.IsIn))
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
        var evt = CaseEvent.Moved(Id, from, to, why.Value, actor, now);
        _events.Add(evt);
        Touch(now);
        return evt;
    }

    /// <summary>Records that a person joined or left this case.</summary>
    public void RecordMembership(string registrationNumber, bool joined, string reason, Actor actor, DateTimeOffset now)
    {
        _events.Add(CaseEvent.Membership(Id, registrationNumber, joined, reason, actor, now));
        Touch(now);
    }

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version++;
    }
}
