using System.Buffers.Text;
using System.Collections.Concurrent;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;

namespace Passage.Core.Storage.Encryption;

/// <summary>
/// Seals and opens the most guarded text fields (whereabouts, interview notes, family-contact details) with ASP.NET Core
/// Data Protection, using a key ring kept in a folder outside the database, so that a copy of the database or a backup
/// alone reveals none of them. One instance per key folder for the life of the process (see decision record 0008).
/// </summary>
public sealed class FieldCipher
{
    /// <summary>The folder used when no setting names one, relative to the working folder.</summary>
    public const string DefaultFolder = "field-keys";

    // Marks a sealed value, so a value written before its column was sealed is still read (and sealed by the next rotation).
    private const string Prefix = "pf1:";

    private static readonly ConcurrentDictionary<string, FieldCipher> ByFolder = new(StringComparer.Ordinal);

    private readonly IDataProtector _protector;
    private readonly IKeyManager _keys;

    private FieldCipher(string folder)
    {
        Directory.CreateDirectory(folder);
        var services = new ServiceCollection();
        services.AddDataProtection()
            .SetApplicationName("Passage.Fields")
            .PersistKeysToFileSystem(new DirectoryInfo(folder));

        // The key ring's services live as long as the process, like the cipher that holds them.
#pragma warning disable CA2000
        var provider = services.BuildServiceProvider();
#pragma warning restore CA2000
        _protector = provider.GetRequiredService<IDataProtectionProvider>().CreateProtector("Passage.Fields.v1");
        _keys = provider.GetRequiredService<IKeyManager>();
        Folder = folder;
    }

    /// <summary>The full path of the key folder.</summary>
    public string Folder { get; }

    /// <summary>The cipher of the key ring in <paramref name="folder"/>, created (with its first key) when first used.</summary>
    public static FieldCipher ForFolder(string folder) => ByFolder.GetOrAdd(Path.GetFullPath(folder), f => new FieldCipher(f));

    /// <summary>Whether a stored value is sealed (rather than written before its column was).</summary>
    public static bool IsSealed(string stored) => stored.StartsWith(Prefix, StringComparison.Ordinal);

    public string Seal(string plain) => Prefix + _protector.Protect(plain);

    public string Open(string stored) => IsSealed(stored) ? _protector.Unprotect(stored[Prefix.Length..]) : stored;

    /// <summary>The ids of the keys in the ring, and whether each is revoked.</summary>
    public IReadOnlyList<(Guid Id, DateTimeOffset Activation, bool Revoked)> Keys() =>
        _keys.GetAllKeys().Select(k => (k.KeyId, k.ActivationDate, k.IsRevoked)).OrderBy(k => k.ActivationDate).ToList();

    /// <summary>
    /// Adds a key that seals everything from now on (activated at <paramref name="now"/>, or just after the latest key when
    /// that is later, so it is the default key at once); older keys still open what they sealed.
    /// </summary>
    public Guid NewKey(DateTimeOffset now)
    {
        var latest = _keys.GetAllKeys().Select(k => k.ActivationDate).DefaultIfEmpty(DateTimeOffset.MinValue).Max();
        var activation = now > latest ? now : latest.AddSeconds(1);
        return _keys.CreateNewKey(activation, activation.AddYears(1)).KeyId;
    }

    /// <summary>The id of the key that sealed <paramref name="stored"/> (Data Protection's payload: a 4-byte header, then the key id).</summary>
    public static Guid? KeyOf(string stored)
    {
        if (!IsSealed(stored))
        {
            return null;
        }

        var payload = Base64Url.DecodeFromChars(stored.AsSpan(Prefix.Length));
        return payload.Length >= 20 ? new Guid(payload.AsSpan(4, 16)) : null;
    }

    /// <summary>
    /// Waits until this process seals with <paramref name="keyId"/>: the key ring is reloaded in the background after a
    /// new key, and a value sealed again with the old key would be lost when that key is revoked.
    /// </summary>
    public async Task SealWithAsync(Guid keyId, CancellationToken ct)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (KeyOf(Seal(string.Empty)) != keyId)
        {
            if (waited.Elapsed > TimeSpan.FromMinutes(1))
            {
                throw new InvalidOperationException("The new field key did not become the key that seals within a minute; nothing was sealed again.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), ct);
        }
    }

    /// <summary>Revokes every key activated before <paramref name="keyId"/>'s, once nothing stored needs them.</summary>
    public void RevokeOlderThan(Guid keyId)
    {
        var keys = _keys.GetAllKeys();
        var current = keys.Single(k => k.KeyId == keyId);
        foreach (var old in keys.Where(k => k.ActivationDate < current.ActivationDate && !k.IsRevoked))
        {
            _keys.RevokeKey(old.KeyId, "Rotated: every sealed field was sealed again with a newer key.");
        }
    }
}
