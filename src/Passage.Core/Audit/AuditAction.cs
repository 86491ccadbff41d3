namespace Passage.Core.Audit;

/// <summary>What was done to a record.</summary>
public enum AuditAction
{
    Created = 1,
    Updated = 2,
    Deleted = 3,
    Viewed = 4,
    Searched = 5,
    Exported = 6,
    Imported = 7,
    SignedIn = 8,
    SignInFailed = 9,
    SignedOut = 10,
    Refused = 11,
    BreakGlassOpened = 12,

    /// <summary>The retention job removed what identifies a record whose period ended.</summary>
    Anonymised = 13,

    /// <summary>The retention job deleted a record whose period ended.</summary>
    RetentionDeleted = 14,

    // Accounts: numbered apart so that other additions to this list do not collide with them.
    RoleRequested = 40,
    RoleGranted = 41,
    RoleRemoved = 42,
    RoleRequestRejected = 43,
    RoleChangeReviewed = 44,
    TokenCreated = 45,
    PasswordChanged = 46,
    AccountLocked = 47,
    AccountUnlocked = 48,
}

/// <summary>Labels for people.</summary>
public static class AuditActions
{
    public static string Label(AuditAction action) => action switch
    {
        AuditAction.Created => "Created",
        AuditAction.Updated => "Updated",
        AuditAction.Deleted => "Deleted",
        AuditAction.Viewed => "Viewed",
        AuditAction.Searched => "Searched",
        AuditAction.Exported => "Exported",
        AuditAction.Imported => "Imported",
        AuditAction.SignedIn => "Signed in",
        AuditAction.SignInFailed => "Sign-in failed",
        AuditAction.SignedOut => "Signed out",
        AuditAction.Refused => "Refused",
        AuditAction.BreakGlassOpened => "Break-glass access opened",
        AuditAction.Anonymised => "Anonymised at the end of its retention period",
        AuditAction.RetentionDeleted => "Deleted at the end of its retention period",
        AuditAction.RoleRequested => "Role requested",
        AuditAction.RoleGranted => "Role granted",
        AuditAction.RoleRemoved => "Role removed",
        AuditAction.RoleRequestRejected => "Role request turned down",
        AuditAction.RoleChangeReviewed => "Role change reviewed",
        AuditAction.TokenCreated => "API token created",
        AuditAction.PasswordChanged => "Password changed",
        AuditAction.AccountLocked => "Account locked",
        AuditAction.AccountUnlocked => "Account unlocked",
        _ => action.ToString(),
    };
}
