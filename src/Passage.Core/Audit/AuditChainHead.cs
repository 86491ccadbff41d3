namespace Passage.Core.Audit;

/// <summary>
/// The one row naming the last entry of the audit hash chain. Every save that writes audit entries updates it in its
/// own transaction, so concurrent writers queue on this row and the chain never forks.
/// </summary>
public sealed class AuditChainHead
{
    public const int TheOne = 1;

    private AuditChainHead()
    {
    }

    public int Id { get; private set; }

    /// <summary>Sequence of the last entry; 0 while the chain is empty.</summary>
    public long Sequence { get; private set; }

    /// <summary>Hash of the last entry; <see cref="AuditHash.Genesis"/> while the chain is empty.</summary>
    public string Hash { get; private set; } = AuditHash.Genesis;

    /// <summary>The largest entry id when the chain began: entries up to it were written before and are not chained.</summary>
    public long ChainedAfterId { get; private set; }
}
