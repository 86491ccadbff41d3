using Passage.Core.Accounts;

namespace Passage.Core.Pledges;

public enum ClearanceStatus
{
    /// <summary>Travel documents or the host state's exit permission are still awaited.</summary>
    Pending = 1,

    /// <summary>Documents ready and exit permission granted: the case may be booked.</summary>
    Cleared = 2,
}

/// <summary>A step of exit clearance between acceptance and booking, with its own status and date. Never changed once written.</summary>
public sealed class ExitClearance
{
    private ExitClearance()
    {
    }

    internal ExitClearance(Guid referralId, bool documentsReady, bool exitPermission, DateOnly on, string? note, Actor actor, DateTimeOffset now)
    {
        ReferralId = referralId;
        DocumentsReady = documentsReady;
        ExitPermission = exitPermission;
        Status = documentsReady && exitPermission ? ClearanceStatus.Cleared : ClearanceStatus.Pending;
        On = on;
        Note = note;
        RecordedByName = actor.UserName;
        RecordedAt = now;
    }

    public long Id { get; private set; }

    public Guid ReferralId { get; private set; }

    public bool DocumentsReady { get; private set; }

    public bool ExitPermission { get; private set; }

    public ClearanceStatus Status { get; private set; }

    public DateOnly On { get; private set; }

    public string? Note { get; private set; }

    public string RecordedByName { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }
}

/// <summary>Labels for people.</summary>
public static class ClearanceStatuses
{
    public static string Label(ClearanceStatus status) => status switch
    {
        ClearanceStatus.Pending => "Pending",
        ClearanceStatus.Cleared => "Cleared",
        _ => status.ToString(),
    };
}
