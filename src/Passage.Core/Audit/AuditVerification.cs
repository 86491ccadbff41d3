namespace Passage.Core.Audit;

/// <summary>One run of the audit chain's verification, kept so the auditor sees when the log was last proven.</summary>
public sealed class AuditVerification
{
    private AuditVerification()
    {
    }

    public long Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>The user who ran it.</summary>
    public string UserName { get; private set; } = "";

    /// <summary>How it was run, for example the command line.</summary>
    public string Via { get; private set; } = "";

    public long EntriesChecked { get; private set; }

    public AuditChainOutcome Outcome { get; private set; }

    /// <summary>Sequence of the first entry found wrong; null when the chain is intact.</summary>
    public long? FirstBadSequence { get; private set; }

    /// <summary>What was found, in words; null when the chain is intact.</summary>
    public string? Finding { get; private set; }

    /// <summary>The last entry checked, and its hash: what an anchor written now holds.</summary>
    public long LastSequence { get; private set; }

    public string LastHash { get; private set; } = AuditHash.Genesis;

    public bool Intact => Outcome == AuditChainOutcome.Intact;

    public const int MaxFindingLength = 1000;

    internal static AuditVerification Of(string userName, string via, DateTimeOffset at, AuditChainWalk walk) => new()
    {
        At = at,
        UserName = userName,
        Via = via,
        EntriesChecked = walk.Checked,
        Outcome = walk.Outcome,
        FirstBadSequence = walk.FirstBadSequence,
        Finding = walk.Finding is { Length: > MaxFindingLength } f ? f[..MaxFindingLength] : walk.Finding,
        LastSequence = walk.LastSequence,
        LastHash = walk.LastHash,
    };
}

/// <summary>What a verification found.</summary>
public enum AuditChainOutcome
{
    Intact = 1,
    Changed = 2,
    Removed = 3,
    Inserted = 4,

    /// <summary>The chain holds together but differs from an anchor written earlier: it was rewritten.</summary>
    Rewritten = 5,
}

/// <summary>Labels for people.</summary>
public static class AuditChainOutcomes
{
    public static string Label(AuditChainOutcome outcome) => outcome switch
    {
        AuditChainOutcome.Intact => "Intact",
        AuditChainOutcome.Changed => "An entry was changed",
        AuditChainOutcome.Removed => "Entries were removed",
        AuditChainOutcome.Inserted => "An entry was inserted",
        AuditChainOutcome.Rewritten => "The chain was rewritten",
        _ => outcome.ToString(),
    };
}
