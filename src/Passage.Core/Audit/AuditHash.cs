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

    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    // One buffer per thread, reused: verification hashes a million entries.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _buffer;

    public static string Of(AuditEntry entry)
    {
        Span<byte> hash = stackalloc byte[32];
        Compute(entry, hash);
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>Whether the entry's stored hash is the hash of its content; allocates nothing, for verification.</summary>
    public static bool Matches(AuditEntry entry)
    {
        if (entry.Hash is not { Length: 64 } stored)
        {
            return false;
        }

        Span<byte> hash = stackalloc byte[32];
        Compute(entry, hash);
        Span<char> hex = stackalloc char[64];
        return Convert.TryToHexStringLower(hash, hex, out _) && hex.SequenceEqual(stored);
    }

    private static void Compute(AuditEntry entry, Span<byte> hash)
    {
        var writer = _buffer ??= new ArrayBufferWriter<byte>(1024);
        writer.ResetWrittenCount();
        Canonical(entry, writer);
        SHA256.HashData(writer.WrittenSpan, hash);
    }

    /// <summary>Writes the canonical form of <paramref name="entry"/>, the bytes its hash is taken of.</summary>
    public static void Canonical(AuditEntry entry, IBufferWriter<byte> writer)
    {
        Span<byte> text = stackalloc byte[32];
        writer.Write(Header);
        if (entry.Sequence is { } sequence && sequence.TryFormat(text, out var written, default, CultureInfo.InvariantCulture))
        {
            Field(writer, text[..written]);
        }
        else
        {
            Field(writer, (string?)null);
        }

        entry.At.UtcDateTime.TryFormat(text, out written, TimeFormat, CultureInfo.InvariantCulture);
        Field(writer, text[..written]);
        Field(writer, entry.UserId);
        Field(writer, entry.UserName);
        Field(writer, entry.Address);
        ((int)entry.Action).TryFormat(text, out written, default, CultureInfo.InvariantCulture);
        Field(writer, text[..written]);
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

        Length(writer, Encoding.UTF8.GetByteCount(value));
        Encoding.UTF8.GetBytes(value, writer);
        writer.Write("\n"u8);
    }

    private static void Field(IBufferWriter<byte> writer, ReadOnlySpan<byte> utf8)
    {
        Length(writer, utf8.Length);
        writer.Write(utf8);
        writer.Write("\n"u8);
    }

    private static void Length(IBufferWriter<byte> writer, int length)
    {
        var prefix = writer.GetSpan(12);
        length.TryFormat(prefix, out var digits, default, CultureInfo.InvariantCulture);
        prefix[digits] = (byte)':';
        writer.Advance(digits + 1);
    }
}
