using System.Collections.Frozen;
using Passage.Matching.Keys;
using Passage.Matching.Variants;

namespace Passage.Matching.Normalisation;

/// <summary>
/// Splits a normalised name into tokens and applies the name grammar of Persian and Arabic names in
/// both scripts: articles (al, el, ol, ul and the assimilated ar, as, ad, at, az, an, ash…) are dropped
/// before a word; abd/abdol/abdul + the next word is one token "abd…"; -allah/-ollah/-ullah and the
/// surname affixes -zadeh/-pour/-nejad written apart are joined to the word before; bin/ibn/bint are
/// dropped and the word after them is optional; an ezafe written apart (e, ye) is dropped; honorifics
/// (Seyyed, Haj, Mir, Mirza, Sheikh and their spellings) are optional tokens, and so are the titles Mashhadi,
/// Karbalaei, Seyyedeh and Hajieh before a name (as the last word they are a surname).
/// </summary>
public static class NameParser
{
    private static readonly FrozenSet<string> Articles = FrozenSet.ToFrozenSet(
        ["al", "el", "ol", "ul", "ar", "as", "ad", "at", "az", "an", "ash", "ath", "adh", "ed", "es", "er", "ez", "en",
         "et", "ur", "us", "ud", "uz", "un", "ush", "ال"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> AbdForms = FrozenSet.ToFrozenSet(
        ["abd", "abdol", "abdul", "abdel", "abdal", "abdl", "abdur", "abdor", "abdus", "abdos", "abdu", "abdo",
         "abdel", "abdoul", "عبد", "عبدال"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> AllahForms = FrozenSet.ToFrozenSet(
        ["allah", "ollah", "ullah", "ellah", "olah", "ulah", "alah", "ullah", "olla", "ulla", "alla", "الله"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Affixes = FrozenSet.ToFrozenSet(
        ["zadeh", "zade", "zada", "zadah", "pour", "poor", "pur", "nejad", "nezhad", "nejhad", "nijad", "زاده", "پور", "نژاد", "نجاد"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> Patronymic = FrozenSet.ToFrozenSet(
        ["bin", "ibn", "bint", "ebn", "binti", "ben", "ابن", "بن", "بنت"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Ezafe = FrozenSet.ToFrozenSet(["e", "ye", "-e"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Honorifics = FrozenSet.ToFrozenSet(
        ["seyyed", "seyed", "sayed", "sayyed", "sayyid", "seyyid", "syed", "seyd", "sayid", "haj", "hajj", "haji", "hajji",
         "mir", "mirza", "sheikh", "shaikh", "shaykh", "sheik", "shekh", "سید", "حاج", "حاجی", "میر", "میرزا", "شیخ"],
        StringComparer.Ordinal);

    /// <summary>Titles of pilgrims and of descent that are also surnames: optional before a name, kept as the last word.</summary>
    private static readonly FrozenSet<string> TitlesBeforeName = FrozenSet.ToFrozenSet(
        ["mashhadi", "mashadi", "mashti", "karbalaei", "karbalai", "karbalayi", "karbalaee", "karbelaei", "kerbelai", "seyedeh",
         "seyyedeh", "sayyida", "sayeda", "hajieh", "hajiyeh", "hajiya", "مشهدی", "مشتی", "کربلایی", "کربلائی", "سیده", "حاجیه"],
        StringComparer.Ordinal);

    /// <summary>Parses a raw name into prepared tokens with skeleton keys and variant clusters.</summary>
    public static NameToken[] Parse(string? raw) => Parse(raw, VariantTable.Default);

    internal static NameToken[] Parse(string? raw, VariantTable? variants, PreparedNamePool? pool = null)
    {
        var words = Grammar(NameNormaliser.Words(raw));
        var tokens = new NameToken[words.Count];
        var allOptional = true;
        for (var i = 0; i < words.Count; i++)
        {
            allOptional &= words[i].Optional;
        }

        for (var i = 0; i < words.Count; i++)
        {
            var (text, optional) = words[i];
            tokens[i] = pool?.Token(text, optional && !allOptional, variants, null) ?? Token(text, optional && !allOptional, variants);
        }

        return tokens;
    }

    /// <summary>
    /// Builds the token for one already-normalised word (or several words joined); a word transliterated from another
    /// script begins with <see cref="OtherScripts.Marker"/>, or <paramref name="script"/> says it.
    /// </summary>
    internal static NameToken Token(string text, bool optional, VariantTable? variants, Script? script = null)
    {
        if (text.Contains(OtherScripts.Marker, StringComparison.Ordinal))
        {
            text = text.Replace(OtherScripts.Marker.ToString(), string.Empty, StringComparison.Ordinal);
            script = Script.Other;
        }

        script ??= text.Length > 0 && ArabicScript.IsArabicLetter(text[0]) ? Script.Arabic : Script.Latin;
        return Token(text, optional, variants, script.Value);
    }

    private static NameToken Token(string text, bool optional, VariantTable? variants, Script script)
    {
        var cluster = variants is null ? NameToken.NoCluster
            : script == Script.Other ? OtherCluster(text, variants)
            : variants.Lookup(text, script);
        return new NameToken(text, script, SkeletonKey.Of(text, script), cluster, optional,
            script == Script.Arabic ? Romaniser.Of(text) : text);
    }

    /// <summary>
    /// The variant cluster of a transliterated word: looked up as a Latin spelling, and, when it is not listed, with kh read
    /// as h, because Cyrillic and Greek write the h of Persian and Arabic names with х and χ (Хамед is Hamed, not Hamid).
    /// </summary>
    private static int OtherCluster(string text, VariantTable variants)
    {
        var cluster = variants.Lookup(text, Script.Latin);
        return cluster == NameToken.NoCluster && text.Contains("kh", StringComparison.Ordinal)
            ? variants.Lookup(text.Replace("kh", "h", StringComparison.Ordinal), Script.Latin)
            : cluster;
    }

    /// <summary>Applies the name grammar to normalised words; returns the words with their optional flags.</summary>
    internal static List<(string Text, bool Optional)> Grammar(string[] words)
    {
        var output = new List<(string Text, bool Optional)>(words.Length);
        var nextOptional = false;
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            var last = i == words.Length - 1;
            if (!last && (Articles.Contains(word) || Ezafe.Contains(word)))
            {
                continue;
            }

            if (!last && Patronymic.Contains(word) && output.Count > 0)
            {
                nextOptional = true;
                continue;
            }

            if (AbdForms.Contains(word) && !last)
            {
                var j = i + 1;
                while (j < words.Length - 1 && Articles.Contains(words[j]))
                {
                    j++;
                }

                output.Add((Abd(StripArticle(words[j])), nextOptional));
                nextOptional = false;
                i = j;
                continue;
            }

            if ((AllahForms.Contains(word) || Affixes.Contains(word)) && output.Count > 0)
            {
                var (previous, optional) = output[^1];
                output[^1] = (previous + word, optional);
                continue;
            }

            output.Add((CanonicalAbd(word), nextOptional || Honorifics.Contains(word) || (!last && TitlesBeforeName.Contains(word))));
            nextOptional = false;
        }

        return output;
    }

    private static string Abd(string rest) => ArabicScript.IsArabicLetter(rest[0]) ? "عبد" + rest : "abd" + rest;

    /// <summary>Writes a joined abd-name as "abd" + the name without its article: abdolreza, abdurrahman → abdreza, abdrahman.</summary>
    private static string CanonicalAbd(string word)
    {
        if (word.Length > 5 && word.StartsWith("abd", StringComparison.Ordinal))
        {
            var rest = word.AsSpan(3);
            if (IsVowel(rest[0]) && rest[1] == 'l' && rest.Length > 3)
            {
                return "abd" + rest[2..].ToString();
            }

            if (IsVowel(rest[0]) && !IsVowel(rest[1]) && rest.Length > 3 && rest[1] == rest[2])
            {
                return "abd" + rest[2..].ToString();
            }

            return word;
        }

        if (word.Length > 5 && word.StartsWith("عبدال", StringComparison.Ordinal))
        {
            return "عبد" + word[5..];
        }

        return word;
    }

    private static string StripArticle(string word) =>
        word.Length > 4 && word.StartsWith("ال", StringComparison.Ordinal) ? word[2..] : word;

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
