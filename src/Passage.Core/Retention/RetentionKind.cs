namespace Passage.Core.Retention;

/// <summary>A kind of record with its own retention period (docs/decisions/0021-retention.md).</summary>
public enum RetentionKind
{
    /// <summary>The persons of a closed case; the clock starts when the case closed (Arrived, Left camp, Withdrawn, Deceased).</summary>
    ClosedCasePersons = 1,

    /// <summary>A family contact request that ended: no one found, declined, or consent withdrawn; the clock starts at that answer.</summary>
    FamilyRequests = 2,

    /// <summary>An identity verification request; the clock starts when it was answered.</summary>
    VerificationRequests = 3,

    /// <summary>A personal API token; the clock starts when it expired or was revoked, whichever came first.</summary>
    ApiTokens = 4,

    /// <summary>The stored answer of an API write sent with an Idempotency-Key; the clock starts when it was stored.</summary>
    IdempotencyRecords = 5,

    /// <summary>The passenger lists of a movement's issued manifests; the clock starts at the movement's departure.</summary>
    IssuedManifests = 6,
}

/// <summary>What the job does to a record whose period has ended.</summary>
public enum RetentionAction
{
    /// <summary>The record stays, counted by the aggregate figures, without what identifies anyone.</summary>
    Anonymise = 1,

    /// <summary>The record and its dependent rows are removed.</summary>
    Delete = 2,
}

/// <summary>Names and labels of the kinds, shared by settings, reports and audit entries.</summary>
public static class RetentionKinds
{
    public static IReadOnlyList<RetentionKind> All { get; } = Enum.GetValues<RetentionKind>();

    /// <summary>The setting's name under <c>Passage:Retention</c>, and the name the audit entries and reports give.</summary>
    public static string Name(RetentionKind kind) => kind.ToString();

    public static string Label(RetentionKind kind) => kind switch
    {
        RetentionKind.ClosedCasePersons => "Persons of closed cases",
        RetentionKind.FamilyRequests => "Ended family contact requests",
        RetentionKind.VerificationRequests => "Answered verification requests",
        RetentionKind.ApiTokens => "Expired or revoked API tokens",
        RetentionKind.IdempotencyRecords => "Stored answers of API writes",
        RetentionKind.IssuedManifests => "Passenger lists of issued manifests",
        _ => kind.ToString(),
    };

    public static RetentionAction ActionOf(RetentionKind kind) => kind switch
    {
        RetentionKind.ClosedCasePersons or RetentionKind.VerificationRequests or RetentionKind.IssuedManifests => RetentionAction.Anonymise,
        _ => RetentionAction.Delete,
    };

    public static string Label(RetentionAction action) => action == RetentionAction.Anonymise ? "anonymise" : "delete";
}
