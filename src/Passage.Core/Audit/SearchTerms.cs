using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Passage.Core.Storage.Encryption;
using Passage.Matching.Normalisation;

namespace Passage.Core.Audit;

/// <summary>
/// Turns a name typed into a search into a keyed fingerprint for the audit log, so that the log, which is never edited, does
/// not keep a searched name after the person is anonymised, yet an auditor can still ask who searched for a given name by
/// typing it (<see cref="AuditFilter.SearchedFor"/>). The key lives beside the field keys, outside the database
/// (decision record 0026); spellings that differ only in case, marks, spacing or Arabic letter forms give one fingerprint.
/// </summary>
public sealed class SearchTerms
{
    /// <summary>The key's file in the field key folder.</summary>
    public const string KeyFile = "search-terms.key";

    private const int KeyBytes = 32;
    private const int FingerprintHexLength = 24;

    private static readonly ConcurrentDictionary<string, SearchTerms> ByFolder = new(StringComparer.Ordinal);

    private readonly byte[] _key;

    private SearchTerms(byte[] key) => _key = key;

    /// <summary>The fingerprints of the key beside <paramref name="db"/>'s field keys.</summary>
    public static SearchTerms Of(DbContext db) =>
        ForFolder((FieldEncryption.CipherOf(db) ?? throw new InvalidOperationException("The database context has no field key folder.")).Folder);

    /// <summary>The fingerprints of the key in <paramref name="folder"/>, created there when missing.</summary>
    public static SearchTerms ForFolder(string folder) => ByFolder.GetOrAdd(Path.GetFullPath(folder), Load);

    // Created readable by its owner only, like the field keys.
    private static SearchTerms Load(string folder)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, KeyFile);
        if (!File.Exists(path))
        {
            try
            {
                var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
                if (!OperatingSystem.IsWindows())
                {
                    options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
                }

                using var file = new FileStream(path, options);
                file.Write(RandomNumberGenerator.GetBytes(KeyBytes));
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process created it first: use theirs.
            }
        }

        var key = File.ReadAllBytes(path);
        return key.Length == KeyBytes
            ? new SearchTerms(key)
            : throw new InvalidOperationException($"The search-term key {path} is not {KeyBytes} bytes long; restore it from the key folder's backup.");
    }

    /// <summary>"#" and the first hex digits of the keyed hash of the normalised name; empty for a blank one.</summary>
    public string Fingerprint(string? typed)
    {
        var normalised = NameNormaliser.Normalise(typed);
        if (normalised.Length == 0)
        {
            return "";
        }

        var hash = HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(normalised));
        return "#" + Convert.ToHexStringLower(hash)[..FingerprintHexLength];
    }
}
