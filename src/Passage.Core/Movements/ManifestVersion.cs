using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Passage.Core.Accounts;

namespace Passage.Core.Movements;

/// <summary>
/// One issued manifest of a movement, numbered from 1. Never changed once written, but for retention removing its lines at
/// the end of their period (decision 21): a change to the passengers after it was issued produces the next version, and
/// this one stays on record exactly as it was handed over.
/// </summary>
public sealed class ManifestVersion
{
    private ManifestVersion()
    {
    }

    public long Id { get; private set; }

    public Guid MovementId { get; private set; }

    public int Number { get; private set; }

    /// <summary>The lines as issued, as JSON.</summary>
    public string Lines { get; private set; } = "";

    /// <summary>SHA-256 of <see cref="Lines"/>: whether the manifest changed since.</summary>
    public string Fingerprint { get; private set; } = "";

    public int Passengers { get; private set; }

    public string IssuedByName { get; private set; } = "";

    public DateTimeOffset IssuedAt { get; private set; }

    /// <summary>When retention removed the passenger lines (decision 21); null while they are kept.</summary>
    public DateTimeOffset? AnonymisedAt { get; private set; }

    internal static ManifestVersion Issue(Guid movementId, int number, IReadOnlyList<ManifestLine> lines, Actor actor, DateTimeOffset now)
    {
        var json = Serialise(lines);
        return new ManifestVersion
        {
            MovementId = movementId,
            Number = number,
            Lines = json,
            Fingerprint = FingerprintOf(json),
            Passengers = lines.Count,
            IssuedByName = actor.UserName,
            IssuedAt = now,
        };
    }

    /// <summary>Removes the passenger lines; the number, the count of passengers, the issue and the fingerprint stay.</summary>
    public void Anonymise(DateTimeOffset now)
    {
        Lines = Serialise([]);
        AnonymisedAt = now;
    }

    public IReadOnlyList<ManifestLine> ReadLines() => JsonSerializer.Deserialize<List<ManifestLine>>(Lines) ?? [];

    internal static string Serialise(IReadOnlyList<ManifestLine> lines) => JsonSerializer.Serialize(lines);

    internal static string FingerprintOf(string json) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
}
