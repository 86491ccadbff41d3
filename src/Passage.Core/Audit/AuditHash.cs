using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Passage.Core.Audit;

/// <summary>
/// The canonical form of an audit entry and its SHA-256 hash, as decision 9 documents:
/// the line <c>PASSAGE-AUDIT-1</c>, then one line per field in the order sequence, at, user id, user name, address,
/// action, record type, record id, detail, previous hash. A missing value is the line <c>-</c>; a value is its length
/// in UTF-8 bytes in decimal, a colon and the UTF-8 bytes. The sequence and the action (its number) are decimal, the
/// time is UTC as <c>yyyy-MM-ddTHH:mm:ss.fffZ</c>. Lines end with LF. The hash is written in lowercase hexadecimal.
/// </summary>
public static class AuditHash
{
    /// <summary>The previous hash of the first entry of a chain.</summary>
    public static readonly string Genesis = new('0', 64);

    private static readonly byte[] Header = "PASSAGE-AUDIT-1\n"u8.ToArray();

    // One buffer per thread, reused: verification hashes a million entries.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _buffer;

    public static string Of(AuditEntry entry)
    {
        var writer = _buffer ??= new ArrayBufferWriter<byte>(1024);
        writer.ResetWrittenCount();
        Canonical(entry, writer);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(writer.WrittenSpan, hash);
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>Writes the canonical form of <paramref name="entry"/>, the bytes its hash is taken of.</summary>
    public static void Canonical(AuditEntry entry, IBufferWriter<byte> writer)
    {
        writer.Write(Header);
        Field(writer, entry.Sequence?.ToString(CultureInfo.InvariantCulture));
        Field(writer, entry.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
        Field(writer, entry.UserId);
        Field(writer, entry.UserName);
        Field(writer, entry.Address);
        Field(writer, ((int)entry.Action).ToString(CultureInfo.InvariantCulture));
        Field(writer, entry.EntityType);
        Field(writer, entry.EntityId);
        Field(writer, entry.Detail);
        Field(writer, entry.PreviousHash);
    }

    private static void Field(IBufferWriter<byte> writer, string? value)
    {
        if (value is null)
        {
            writer.Write("-\n"u8);
            return;
        }

        var length = Encoding.UTF8.GetByteCount(value);
        var prefix = writer.GetSpan(12);
        length.TryFormat(prefix, out var digits, default, CultureInfo.InvariantCulture);
        prefix[digits] = (byte)':';
        writer.Advance(digits + 1);
        Encoding.UTF8.GetBytes(value, writer);
        writer.Write("\n"u8);
    }
}
