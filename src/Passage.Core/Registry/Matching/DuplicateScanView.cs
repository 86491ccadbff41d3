namespace Passage.Core.Registry.Matching;

/// <summary>A scan's status as pages and the API show it.</summary>
public sealed record DuplicateScanView(
    long Id,
    DuplicateScanStatus Status,
    string StartedBy,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    int PersonsSearched,
    int PersonsTotal,
    int PairsProposed,
    string? Message)
{
    public bool IsUnfinished => DuplicateScan.UnfinishedStatuses.Contains(Status);

    public static DuplicateScanView From(DuplicateScan scan) => new(
        scan.Id, scan.Status, scan.StartedBy, scan.StartedAt, scan.FinishedAt, scan.PersonsSearched, scan.PersonsTotal, scan.PairsProposed, scan.Message);
}
