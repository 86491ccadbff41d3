using Passage.Core.Common;

namespace Passage.Core.Accounts;

/// <summary>Whether a role is given or taken away.</summary>
public enum RoleChangeKind
{
    Grant = 1,
    Removal = 2,
}

/// <summary>Where a role change stands: a grant waits for a second administrator; a removal applies at once.</summary>
public enum RoleChangeState
{
    Pending = 1,
    Applied = 2,
    Rejected = 3,
}

/// <summary>
/// One role given to or taken from one user: who asked, who approved (never the same administrator, never the user
/// themself), and whether the auditor has reviewed it. Separation of duties lives here, once.
/// </summary>
public sealed class RoleChange
{
    private RoleChange()
    {
    }

    public Guid Id { get; private set; }

    public string UserId { get; private set; } = "";

    public string UserName { get; private set; } = "";

    public string Role { get; private set; } = "";

    public RoleChangeKind Kind { get; private set; }

    public RoleChangeState State { get; private set; }

    public string RequestedById { get; private set; } = "";

    public string RequestedByName { get; private set; } = "";

    public DateTimeOffset RequestedAt { get; private set; }

    public string? DecidedById { get; private set; }

    public string? DecidedByName { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? ReviewedById { get; private set; }

    public string? ReviewedByName { get; private set; }

    public DateTimeOffset? ReviewedAt { get; private set; }

    /// <summary>Asks for a role for a user; a second administrator approves it. Nobody asks for a role for themself.</summary>
    public static Result<RoleChange> RequestGrant(PassageUser user, string role, Actor actor, DateTimeOffset now)
    {
        if (user.Id == actor.UserId)
        {
            return Problem.Refused("Nobody gives themself a role: ask another administrator to do it.");
        }

        return New(user, role, RoleChangeKind.Grant, actor, now);
    }

    /// <summary>A grant made at the server's console by its operator, applied at once.</summary>
    public static RoleChange GrantByConsole(PassageUser user, string role, Actor actor, DateTimeOffset now)
    {
        var change = New(user, role, RoleChangeKind.Grant, actor, now);
        change.Decide(RoleChangeState.Applied, actor, now);
        return change;
    }

    /// <summary>A role taken away: that only narrows access, so it applies at once.</summary>
    public static RoleChange Remove(PassageUser user, string role, Actor actor, DateTimeOffset now)
    {
        var change = New(user, role, RoleChangeKind.Removal, actor, now);
        change.Decide(RoleChangeState.Applied, actor, now);
        return change;
    }

    /// <summary>Approves a pending grant: only an administrator other than the one who asked and other than its user.</summary>
    public Problem? Approve(Actor approver, DateTimeOffset now)
    {
        if (State != RoleChangeState.Pending)
        {
            return Problem.Refused("This request has been decided already.");
        }

        if (approver.UserId == RequestedById)
        {
            return Problem.Refused("You asked for this role; another administrator must approve it.");
        }

        if (approver.UserId == UserId)
        {
            return Problem.Refused("Nobody approves a role for themself.");
        }

        Decide(RoleChangeState.Applied, approver, now);
        return null;
    }

    /// <summary>Turns a pending grant down; the administrator who asked may withdraw it this way too.</summary>
    public Problem? Reject(Actor actor, DateTimeOffset now)
    {
        if (State != RoleChangeState.Pending)
        {
            return Problem.Refused("This request has been decided already.");
        }

        Decide(RoleChangeState.Rejected, actor, now);
        return null;
    }

    /// <summary>The auditor marks a decided change reviewed; nobody reviews a change they asked for or decided.</summary>
    public Problem? MarkReviewed(Actor auditor, DateTimeOffset now)
    {
        if (State == RoleChangeState.Pending)
        {
            return Problem.Refused("This request is still waiting for an administrator.");
        }

        if (auditor.UserId == RequestedById || auditor.UserId == DecidedById || auditor.UserId == UserId)
        {
            return Problem.Refused("You took part in this change; another auditor must review it.");
        }

        if (ReviewedAt is null)
        {
            ReviewedById = auditor.UserId;
            ReviewedByName = auditor.UserName;
            ReviewedAt = now;
        }

        return null;
    }

    /// <summary>How the audit log words this change: the role by name, and who asked and decided.</summary>
    public string Describe() =>
        $"role: {Role}; asked by {RequestedByName}" + (DecidedByName is null ? "" : $"; decided by {DecidedByName}");

    private static RoleChange New(PassageUser user, string role, RoleChangeKind kind, Actor actor, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        UserId = user.Id,
        UserName = user.UserName ?? user.Id,
        Role = role,
        Kind = kind,
        State = RoleChangeState.Pending,
        RequestedById = actor.UserId,
        RequestedByName = actor.UserName,
        RequestedAt = now,
    };

    private void Decide(RoleChangeState state, Actor actor, DateTimeOffset now)
    {
        State = state;
        DecidedById = actor.UserId;
        DecidedByName = actor.UserName;
        DecidedAt = now;
    }
}
