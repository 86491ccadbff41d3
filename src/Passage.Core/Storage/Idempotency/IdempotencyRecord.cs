namespace Passage.Core.Storage.Idempotency;

/// <summary>
/// The answer an API write gave under a caller's <c>Idempotency-Key</c>, stored in the write's own transaction: the same
/// caller sending the same request with that key again gets this answer back, and nothing is written twice.
/// </summary>
public sealed class IdempotencyRecord
{
    public const int MaxKeyLength = 100;

    private IdempotencyRecord()
    {
    }

    public IdempotencyRecord(string userId, string key, string requestHash, int statusCode, string? contentType, string? location, byte[] body, DateTimeOffset createdAt)
    {
        UserId = userId;
        Key = key;
        RequestHash = requestHash;
        StatusCode = statusCode;
        ContentType = contentType;
        Location = location;
        Body = body;
        CreatedAt = createdAt;
    }

    /// <summary>A record known by its key alone, to delete it without reading it.</summary>
    internal static IdempotencyRecord KeyOnly(string userId, string key) => new() { UserId = userId, Key = key };

    /// <summary>Keys belong to their caller: another user's key never answers for them.</summary>
    public string UserId { get; private set; } = "";

    public string Key { get; private set; } = "";

    /// <summary>SHA-256 of the method, path, query and body, to refuse the key's reuse for a different request.</summary>
    public string RequestHash { get; private set; } = "";

    public int StatusCode { get; private set; }

    public string? ContentType { get; private set; }

    public string? Location { get; private set; }

    public byte[] Body { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }
}
