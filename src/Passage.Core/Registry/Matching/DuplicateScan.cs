using Passage.Core.Accounts;

namespace Passage.Core.Registry.Matching;

/// <summary>Where a scan of the registry for duplicates stands.</summary>
public enum DuplicateScanStatus
{
    /// <summary>Started and waiting for the background worker.</summary>
    Queued = 1,
    Running = 2,
    Completed = 3,
    Failed = 4,

    /// <summary>The process stopped while the scan was queued or running.</summary>
    Interrupted = 5,
}

/// <summary>
/// One run of the duplicate scan in the background: who started it, when, how far it got and how it ended.
/// Stored, so that its status outlives the process that ran it.
/// </summary>
public sealed class DuplicateScan
{
    public const int MaxMessageLength = 500;

    private DuplicateScan()
    {
    }

    public long Id { get; private set; }

    public DuplicateScanStatus Status { get; private set; }

    public string StartedByUserId { get; private set; } = "";

    public string StartedBy { get; private set; } = "";

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public int PersonsTotal { get; private set; }

    public int PersonsSearched { get; private set; }

    public int PairsProposed { get; private set; }

    /// <summary>Why the scan failed or stopped; never holds personal data.</summary>
    public string? Message { get; private set; }

    /// <summary>The statuses of a scan that has not finished: queued or running.</summary>
    public static readonly DuplicateScanStatus[] UnfinishedStatuses = [DuplicateScanStatus.Queued, DuplicateScanStatus.Running];

    public bool IsUnfinished => UnfinishedStatuses.Contains(Status);

    public static DuplicateScan Queue(Actor actor, DateTimeOffset now) => new()
    {
        Status = DuplicateScanStatus.Queued,
        StartedByUserId = actor.UserId,
        StartedBy = actor.UserName,
        StartedAt = now,
    };

    public void Run(int personsTotal)
    {
        Status = DuplicateScanStatus.Running;
        PersonsTotal = personsTotal;
    }

    public void Complete(int personsSearched, int pairsProposed, DateTimeOffset now)
    {
        PersonsSearched = personsSearched;
        PairsProposed = pairsProposed;
        Finish(DuplicateScanStatus.Completed, null, now);
    }

    public void Fail(string message, DateTimeOffset now) => Finish(DuplicateScanStatus.Failed, message, now);

    public void Interrupt(DateTimeOffset now) =>
        Finish(DuplicateScanStatus.Interrupted, "The application stopped before the scan finished. Start it again.", now);

    private void Finish(DuplicateScanStatus status, string? message, DateTimeOffset now)
    {
        Status = status;
        Message = message is { Length: > MaxMessageLength } ? message[..MaxMessageLength] : message;
        FinishedAt = now;
    }
}
