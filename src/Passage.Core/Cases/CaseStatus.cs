namespace Passage.Core.Cases;

/// <summary>Where a case is in its life (DESIGN.md, "The life of a case").</summary>
public enum CaseStatus
{
    Registered = 1,
    Interviewed = 2,
    Referred = 3,
    Submitted = 4,
    Accepted = 5,
    Rejected = 6,
    Cleared = 7,
    Booked = 8,
    Departed = 9,
    Arrived = 10,
    NoShow = 11,
    RepatriationRequested = 12,
    RepatriationCleared = 13,
    OnHold = 14,
    LeftCamp = 15,
    Withdrawn = 16,
    Deceased = 17,
}

/// <summary>Facts about statuses that the transition table and pages share.</summary>
public static class CaseStatuses
{
    /// <summary>Statuses from which nothing moves on: the case's life has ended.</summary>
    public static readonly IReadOnlySet<CaseStatus> Closed = new HashSet<CaseStatus>
    {
        CaseStatus.Arrived, CaseStatus.LeftCamp, CaseStatus.Withdrawn, CaseStatus.Deceased,
    };

    public static bool IsOpen(CaseStatus status) => !Closed.Contains(status);

    /// <summary>
    /// From submission of the referral until the case closes, nobody joins or leaves the case: the country decides on,
    /// and the pledge counts, exactly these persons. The referral is withdrawn first.
    /// </summary>
    private static readonly HashSet<CaseStatus> Frozen =
    [
        CaseStatus.Submitted, CaseStatus.Accepted, CaseStatus.Cleared, CaseStatus.Booked, CaseStatus.NoShow, CaseStatus.Departed,
    ];

    /// <summary>Whether the membership of a case in <paramref name="status"/> (held from <paramref name="heldFrom"/>) is frozen.</summary>
    public static bool MembershipFrozen(CaseStatus status, CaseStatus? heldFrom) =>
        Frozen.Contains(status == CaseStatus.OnHold && heldFrom is { } held ? held : status);

    /// <summary>A label for people: words separated by spaces.</summary>
    public static string Label(CaseStatus status) => status switch
    {
        CaseStatus.NoShow => "No-show",
        CaseStatus.OnHold => "On hold",
        CaseStatus.LeftCamp => "Left camp",
        CaseStatus.RepatriationRequested => "Repatriation requested",
        CaseStatus.RepatriationCleared => "Repatriation cleared",
        _ => status.ToString(),
    };
}
