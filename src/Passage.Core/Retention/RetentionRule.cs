using Passage.Core.Registry.Matching;
using Passage.Core.Storage;

namespace Passage.Core.Retention;

/// <summary>
/// A record whose retention period has ended, with the moment its clock started. <see cref="Id"/> is the record's key as
/// the audit log names it (a compound key joined by '|').
/// </summary>
public sealed record ExpiredRecord(string Id, DateTimeOffset ClockStart)
{
    public ExpiredRecord(Guid id, DateTimeOffset clockStart)
        : this(id.ToString(), clockStart)
    {
    }
}

/// <summary>
/// One kind's rule: which records' clocks started at or before a cutoff, and what anonymising or deleting a batch of them
/// changes. The caller saves, within its transaction.
/// </summary>
internal abstract class RetentionRule
{
    public abstract RetentionKind Kind { get; }

    /// <summary>The entity name the audit entries give.</summary>
    public abstract string EntityType { get; }

    /// <summary>The records not yet anonymised or deleted whose clock started at or before <paramref name="cutoff"/>.</summary>
    public abstract Task<List<ExpiredRecord>> FindAsync(PassageDbContext db, DateTimeOffset cutoff, CancellationToken ct);

    /// <summary>Anonymises or deletes the records <paramref name="records"/>, by <see cref="ExpiredRecord.Id"/> (tracked changes; the caller saves).</summary>
    public abstract Task ApplyAsync(PassageDbContext db, IReadOnlyList<string> records, DateTimeOffset now, CancellationToken ct);

    /// <summary>After the kind's transaction committed: what lives outside the database follows (nothing by default).</summary>
    public virtual void Committed(IReadOnlyList<string> records, RegistryIndex? index)
    {
    }

    protected static List<Guid> Guids(IEnumerable<string> records) => records.Select(Guid.Parse).ToList();

    public static IReadOnlyList<RetentionRule> All { get; } =
    [
        new ClosedCasePersons(), new EndedFamilyRequests(), new AnsweredVerificationRequests(), new EndedApiTokens(),
        new OldIdempotencyRecords(), new DepartedMovementManifests(),
    ];
}
