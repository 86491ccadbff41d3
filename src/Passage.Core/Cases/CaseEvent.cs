using Passage.Core.Accounts;

namespace Passage.Core.Cases;

/// <summary>What kind of entry a <see cref="CaseEvent"/> is.</summary>
public enum CaseEventKind
{
    Opened = 1,
    StatusChanged = 2,
    MemberJoined = 3,
    MemberLeft = 4,
}

/// <summary>One entry of a case's history: who did what, when and why. Never changed once written.</summary>
public sealed class CaseEvent
{
    private CaseEvent()
    {
    }

    public long Id { get; private set; }

    public Guid CaseId { get; private set; }

    public CaseEventKind Kind { get; private set; }

    public CaseStatus? FromStatus { get; private set; }

    public CaseStatus? ToStatus { get; private set; }

    /// <summary>For membership events: the registration number of the person who joined or left.</summary>
    public string? RegistrationNumber { get; private set; }

    public string Reason { get; private set; } = "";

    public string ActorUserId { get; private set; } = "";

    public string ActorName { get; private set; } = "";

    public DateTimeOffset At { get; private set; }

    /// <summary>Removes the free-text reason, which may name or describe the members (retention, decision 0021).</summary>
    internal void Anonymise() => Reason = "";

    internal static CaseEvent Opened(Guid caseId, Actor actor, DateTimeOffset now) => new()
    {
        CaseId = caseId,
        Kind = CaseEventKind.Opened,
        ToStatus = CaseStatus.Registered,
        Reason = "Case opened",
        ActorUserId = actor.UserId,
        ActorName = actor.UserName,
        At = now,
    };

    internal static CaseEvent Moved(Guid caseId, CaseStatus from, CaseStatus to, string reason, Actor actor, DateTimeOffset now) => new()
    {
        CaseId = caseId,
        Kind = CaseEventKind.StatusChanged,
        FromStatus = from,
        ToStatus = to,
        Reason = reason,
        ActorUserId = actor.UserId,
        ActorName = actor.UserName,
        At = now,
    };

    internal static CaseEvent Membership(Guid caseId, string registrationNumber, bool joined, string reason, Actor actor, DateTimeOffset now) => new()
    {
        CaseId = caseId,
        Kind = joined ? CaseEventKind.MemberJoined : CaseEventKind.MemberLeft,
        RegistrationNumber = registrationNumber,
        Reason = reason,
        ActorUserId = actor.UserId,
        ActorName = actor.UserName,
        At = now,
    };
}
