using Passage.Core.Accounts;

namespace Passage.Core.Registry.Matching;

/// <summary>
/// A reviewer's finding that two persons the engine proposed as duplicates are different people, with the reason.
/// Remembered so the pair is not proposed again. The pair is stored in a fixed order (smaller id first).
/// </summary>
public sealed class DistinctPersons
{
    private DistinctPersons()
    {
    }

    public long Id { get; private set; }

    public Guid PersonA { get; private set; }

    public Guid PersonB { get; private set; }

    public string Reason { get; private set; } = "";

    public string DecidedBy { get; private set; } = "";

    public DateTimeOffset DecidedAt { get; private set; }

    public static DistinctPersons Record(Guid one, Guid other, string reason, Actor actor, DateTimeOffset now)
    {
        var (a, b) = Order(one, other);
        return new DistinctPersons { PersonA = a, PersonB = b, Reason = reason.Trim(), DecidedBy = actor.UserName, DecidedAt = now };
    }

    public static (Guid A, Guid B) Order(Guid one, Guid other) => one.CompareTo(other) < 0 ? (one, other) : (other, one);
}
