using System.Globalization;

namespace Passage.Core.Audit;

/// <summary>
/// Walks the chained entries in sequence order and stops at the first that breaks the chain: one whose content no
/// longer matches its hash (changed), a missing sequence (removed), an entry past the head or outside the chain
/// (inserted), or a difference from an earlier anchor (rewritten).
/// </summary>
internal sealed class AuditChainWalk(AuditChainHead head, AuditAnchor? anchor)
{
    private long _expected = 1;
    private long _previousId;

    public long Checked { get; private set; }

    public AuditChainOutcome Outcome { get; private set; } = AuditChainOutcome.Intact;

    public long? FirstBadSequence { get; private set; }

    public string? Finding { get; private set; }

    public long LastSequence { get; private set; }

    public string LastHash { get; private set; } = AuditHash.Genesis;

    public bool Broken => Outcome != AuditChainOutcome.Intact;

    /// <summary>Checks the next entry; false once the chain is broken.</summary>
    public bool Step(AuditEntry entry)
    {
        Checked++;
        var sequence = entry.Sequence!.Value;
        if (sequence != _expected)
        {
            return Break(AuditChainOutcome.Removed, _expected, sequence - _expected == 1
                ? $"Entry {Number(_expected)} was removed: the chain goes from {Number(_expected - 1)} to {Name(entry)}."
                : $"Entries {Number(_expected)} to {Number(sequence - 1)} were removed: the chain goes from {Number(_expected - 1)} to {Name(entry)}.");
        }

        if (!AuditHash.Matches(entry))
        {
            return Break(AuditChainOutcome.Changed, sequence, $"Entry {Name(entry)} was changed: its content no longer matches its hash.");
        }

        if (!string.Equals(entry.PreviousHash, LastHash, StringComparison.Ordinal))
        {
            return sequence == 1
                ? Break(AuditChainOutcome.Changed, 1, $"Entry {Name(entry)} was changed: it does not start the chain.")
                : Break(AuditChainOutcome.Changed, sequence - 1, $"Entry {Number(sequence - 1)} (id {_previousId}) was changed or replaced: entry {Name(entry)} holds a different hash for it.");
        }

        if (anchor is not null && sequence == anchor.Sequence && !string.Equals(entry.Hash, anchor.Hash, StringComparison.Ordinal))
        {
            return Break(AuditChainOutcome.Rewritten, sequence, $"Entry {Name(entry)} differs from the anchor written {Time(anchor.WrittenAt)}: the chain was rewritten up to it.");
        }

        LastSequence = sequence;
        LastHash = entry.Hash!;
        _previousId = entry.Id;
        _expected++;
        return true;
    }

    /// <summary>Checks what only the end of the walk can tell: entries missing from the end, a head that names another entry, the anchor reached.</summary>
    public void Finish(AuditEntry? pastHead, long? firstUnchainedId)
    {
        if (Broken)
        {
            return;
        }

        if (LastSequence < head.Sequence)
        {
            Break(AuditChainOutcome.Removed, LastSequence + 1, LastSequence + 1 == head.Sequence
                ? $"Entry {Number(head.Sequence)}, the last, was removed."
                : $"Entries {Number(LastSequence + 1)} to {Number(head.Sequence)}, the last, were removed.");
        }
        else if (!string.Equals(LastHash, head.Hash, StringComparison.Ordinal))
        {
            Break(AuditChainOutcome.Changed, LastSequence, $"Entry {Number(LastSequence)}, the last, was changed or replaced: the chain head holds a different hash for it.");
        }
        else if (pastHead is not null)
        {
            Break(AuditChainOutcome.Inserted, pastHead.Sequence, $"Entry {Name(pastHead)} lies past the last entry the chain head names ({Number(head.Sequence)}): it was inserted.");
        }
        else if (firstUnchainedId is { } id)
        {
            Break(AuditChainOutcome.Inserted, null, $"The entry with id {id} has no place in the chain: it was inserted around the application.");
        }
        else if (anchor is not null && anchor.Sequence > LastSequence)
        {
            Break(AuditChainOutcome.Removed, LastSequence + 1, $"The anchor written {Time(anchor.WrittenAt)} names entry {Number(anchor.Sequence)}, but the chain ends at {Number(LastSequence)}: entries were removed.");
        }
    }

    private bool Break(AuditChainOutcome outcome, long? sequence, string finding)
    {
        Outcome = outcome;
        FirstBadSequence = sequence;
        Finding = finding;
        return false;
    }

    private static string Name(AuditEntry entry) => $"{Number(entry.Sequence!.Value)} (id {entry.Id})";

    private static string Number(long sequence) => "#" + sequence.ToString(CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
