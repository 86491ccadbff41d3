using System.Text.Json;

namespace Passage.Core.Audit;

/// <summary>
/// The last hash of the audit chain, with its sequence (the number of chained entries) and when it was taken, kept in a
/// file outside the database: a later verification proves the chain still holds that entry unchanged.
/// </summary>
public sealed record AuditAnchor(long Sequence, string Hash, DateTimeOffset WrittenAt)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public async Task WriteAsync(Stream stream, CancellationToken ct = default) =>
        await JsonSerializer.SerializeAsync(stream, this, Json, ct);

    /// <summary>Reads an anchor; null when the file does not hold one.</summary>
    public static async Task<AuditAnchor?> ReadAsync(Stream stream, CancellationToken ct = default)
    {
        try
        {
            var anchor = await JsonSerializer.DeserializeAsync<AuditAnchor>(stream, Json, ct);
            return anchor is { Sequence: >= 0, Hash.Length: 64 } ? anchor : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
