using Passage.Core.Accounts;

namespace Passage.Core.Protection;

/// <summary>
/// A step of a voluntary return after the request: whether the origin country accepted the returnees and whether their
/// travel documents are issued, on a date. When both are, the case is cleared to return. Never changed once written.
/// </summary>
public sealed class RepatriationProgress
{
    private RepatriationProgress()
    {
    }

    internal RepatriationProgress(Guid caseId, bool originAccepted, bool documentsIssued, DateOnly on, string? note, Actor actor, DateTimeOffset now)
    {
        CaseId = caseId;
        OriginAccepted = originAccepted;
        DocumentsIssued = documentsIssued;
        On = on;
        Note = note;
        RecordedByName = actor.UserName;
        RecordedAt = now;
    }

    public long Id { get; private set; }

    public Guid CaseId { get; private set; }

    /// <summary>The origin country's authorities accepted the return of the case's members.</summary>
    public bool OriginAccepted { get; private set; }

    /// <summary>Travel documents (a laissez-passer or passports) are issued for every member.</summary>
    public bool DocumentsIssued { get; private set; }

    public DateOnly On { get; private set; }

    public string? Note { get; private set; }

    public string RecordedByName { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }

    public bool Clears => OriginAccepted && DocumentsIssued;
}
