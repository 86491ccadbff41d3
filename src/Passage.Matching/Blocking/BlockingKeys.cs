using System.Globalization;
using Passage.Matching.Keys;
using Passage.Matching.Normalisation;
using Passage.Matching.Records;

namespace Passage.Matching.Blocking;

/// <summary>
/// The blocking keys of a record. Base keys: each name token's skeleton (also with plain letters for its digraphs) and variant cluster (and those
/// of adjacent tokens joined), every unordered pair of them (so swapped names block together), each
/// name token with the father's first name , the full date of birth and each non-blank attribute
/// value; each key carries its <see cref="KeyKind"/>.
/// Refiners split a key that is too common: the birth year and the father's first name.
/// </summary>
public static class BlockingKeys
{
    /// <summary>
    /// Adds the base keys of <paramref name="record"/> to <paramref name="keys"/> (duplicates removed). With
    /// <paramref name="forSearch"/>, also the father's first name with the birth year: a search (and screening) must
    /// find a person whose given name and surname are both misspelt, which share no name key with the query.
    /// </summary>
    public static void Base(PreparedRecord record, List<ulong> keys, bool forSearch = false)
    {
        keys.Clear();
        Span<ulong> tokens = stackalloc ulong[34];
        Span<int> positions = stackalloc int[34];
        var count = 0;
        var name = record.Name.TokenArray;
        for (var i = 0; i < name.Length && count < 30; i++)
        {
            if (name[i].Optional)
            {
                continue;
            }

            count = AddToken(name[i], i, tokens, positions, count);
        }

        var joined = record.Name.JoinedArray;
        for (var i = 0; i < joined.Length && count < 30; i++)
        {
            count = AddToken(joined[i], 100 + i, tokens, positions, count);
        }

        for (var i = 0; i < count; i++)
        {
            keys.Add(tokens[i]);
            for (var j = i + 1; j < count; j++)
            {
                if (positions[j] != positions[i] && tokens[j] != tokens[i])
                {
                    keys.Add(KeyHash.Unordered(tokens[i], tokens[j]));
                }
            }
        }

        var father = FatherKey(record);
        if (father != 0)
        {
            for (var i = 0; i < count; i++)
            {
                keys.Add(KeyHash.Combine(tokens[i], father));
            }
        }

        // Each name token with the full date of birth: in a large file a common name is split by birth year and father, and a
        // second registration without its father's name is lost from that split while the date still joins the two.
        if (!forSearch && record.Birth is { Precision: Comparison.DatePrecision.Day } day)
        {
            var date = KeyHash.Of('d', day.ToString());
            for (var i = 0; i < count; i++)
            {
                keys.Add(KeyHash.Combine(tokens[i], date));
            }
        }

        if (forSearch && father != 0 && record.Birth is { } born)
        {
            keys.Add(KeyHash.WithKind(KeyHash.Combine(father, KeyHash.Of('y', born.Year.ToString(CultureInfo.InvariantCulture))), KeyKind.Other));
        }

        if (record.Birth is { Precision: Comparison.DatePrecision.Day } birth)
        {
            keys.Add(KeyHash.WithKind(KeyHash.Of('d', birth.ToString()), KeyKind.Other));
        }

        var attributes = record.AttributeArray;
        for (var i = 0; i < attributes.Length; i++)
        {
            if (attributes[i].Length > 0)
            {
                keys.Add(KeyHash.WithKind(KeyHash.Of((char)('A' + i), attributes[i]), KeyKind.Other));
            }
        }

        Deduplicate(keys);
    }

    /// <summary>The values that split an over-common key: birth year and father's first name, when known.</summary>
    public static void Refiners(PreparedRecord record, List<ulong> refiners)
    {
        refiners.Clear();
        if (record.Birth is { } birth)
        {
            refiners.Add(KeyHash.Of('y', birth.Year.ToString(CultureInfo.InvariantCulture)));
        }

        var father = FatherKey(record);
        if (father != 0)
        {
            refiners.Add(father);
        }
    }

    /// <summary>The key of a token alone: its skeleton (for blocking and search by one name).</summary>
    internal static ulong TokenKey(in NameToken token) => KeyHash.Of('k', token.Key);

    private static int AddToken(in NameToken token, int position, Span<ulong> tokens, Span<int> positions, int count)
    {
        if (token.Key.Length > 0)
        {
            tokens[count] = TokenKey(token);
            positions[count++] = position;
        }

        if (token.Cluster >= 0)
        {
            tokens[count] = KeyHash.Of('c', token.Cluster.ToString(CultureInfo.InvariantCulture));
            positions[count++] = position;
        }

        // A digraph's h may be lost (Kosravi for Khosravi) or be a letter of its own (Fathi, فتحی): the skeleton with
        // plain letters, and with two letters, meets those spellings.
        if (SkeletonKey.HasDigraph(token.Text, token.Script))
        {
            count = AddReading(SkeletonKey.Plain(token.Text, token.Script), token.Key, position, tokens, positions, count);
            count = AddReading(SkeletonKey.Split(token.Text, token.Script), token.Key, position, tokens, positions, count);
        }

        return count;
    }

    private static int AddReading(string reading, string key, int position, Span<ulong> tokens, Span<int> positions, int count)
    {
        if (reading.Length > 0 && !string.Equals(reading, key, StringComparison.Ordinal))
        {
            tokens[count] = KeyHash.Of('k', reading);
            positions[count++] = position;
        }

        return count;
    }

    private static ulong FatherKey(PreparedRecord record)
    {
        foreach (var token in record.Father.TokenArray)
        {
            if (!token.Optional && token.Key.Length > 0)
            {
                return KeyHash.Of('f', token.Key);
            }
        }

        return 0;
    }

    private static void Deduplicate(List<ulong> keys)
    {
        keys.Sort();
        var n = 0;
        for (var i = 0; i < keys.Count; i++)
        {
            if (i == 0 || keys[i] != keys[i - 1])
            {
                keys[n++] = keys[i];
            }
        }

        keys.RemoveRange(n, keys.Count - n);
    }
}
