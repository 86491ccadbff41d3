using System.Text;

namespace Passage.Bench.Matching.Synthetic;

/// <summary>
/// Spelling variation as registries produce it: romanisation choices (o/u, e/a, ou/oo/u, ei/ey/ai,
/// doubled consonants, gh/q, -eh/-e/-a, -i/-y/-ee), Arabic-keyboard letters and ZWNJ choices in Persian
/// script, and typing errors. Independent of the engine's variant table: it works on letters, not on names.
/// </summary>
internal sealed class Spelling(Random random)
{
    public string Latin(string canonical)
    {
        var words = canonical.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = LatinWord(words[i]);
        }

        if (words.Length == 2 && random.NextDouble() < 0.5)
        {
            return random.NextDouble() < 0.5 ? words[0] + words[1].ToLowerInvariant() : words[0] + "-" + words[1];
        }

        return string.Join(' ', words);
    }

    public string Persian(string canonical)
    {
        var s = canonical;
        if (s.Contains('\u200C', StringComparison.Ordinal))
        {
            var r = random.NextDouble();
            s = r < 0.4 ? s : r < 0.7 ? s.Replace("\u200C", " ", StringComparison.Ordinal) : s.Replace("\u200C", string.Empty, StringComparison.Ordinal);
        }

        if (random.NextDouble() < 0.15)
        {
            s = s.Replace('ی', 'ي').Replace('ک', 'ك');
        }

        if (random.NextDouble() < 0.05 && s.EndsWith('ه'))
        {
            s = s[..^1] + "ة";
        }

        return s;
    }

    public string Typo(string s)
    {
        if (s.Length < 3)
        {
            return s;
        }

        var i = 1 + random.Next(s.Length - 2);
        var sb = new StringBuilder(s);
        switch (random.Next(4))
        {
            case 0:
                sb[i] = Letter(sb[i]);
                break;
            case 1:
                sb.Insert(i, Letter(sb[i]));
                break;
            case 2:
                sb.Remove(i, 1);
                break;
            default:
                (sb[i], sb[i - 1]) = (sb[i - 1], sb[i]);
                break;
        }

        return sb.ToString();
    }

    private const string PersianLetters = "ابپتجحخدرزسشصطعفقکگلمنوهی";

    private char Letter(char like) => like >= '\u0600'
        ? PersianLetters[random.Next(PersianLetters.Length)]
        : (char)('a' + random.Next(26));

    private string LatinWord(string word)
    {
        if (random.NextDouble() < 0.45)
        {
            return word;
        }

        var w = word.ToLowerInvariant();
        w = Maybe(w, "ou", ["oo", "u", "ow"], 0.4);
        w = Maybe(w, "ei", ["ey", "ai", "ay", "e"], 0.35);
        w = Maybe(w, "ss", ["s"], 0.3);
        w = Maybe(w, "mm", ["m"], 0.3);
        w = Maybe(w, "gh", ["q", "g"], 0.25);
        w = Maybe(w, "o", ["u"], 0.2);
        w = Maybe(w, "ee", ["i", "ei"], 0.4);
        if (w.EndsWith("eh", StringComparison.Ordinal) && random.NextDouble() < 0.5)
        {
            w = w[..^2] + Pick(["e", "a", "ah"]);
        }
        else if (w.EndsWith("ei", StringComparison.Ordinal) && random.NextDouble() < 0.4)
        {
            w = w[..^2] + Pick(["ee", "i", "ey"]);
        }
        else if (w.EndsWith('i') && random.NextDouble() < 0.15)
        {
            w = w[..^1] + Pick(["y", "ee"]);
        }

        var lastA = w.LastIndexOf('a');
        if (lastA > 0 && lastA < w.Length - 1 && random.NextDouble() < 0.15)
        {
            w = w[..lastA] + "e" + w[(lastA + 1)..];
        }

        return char.ToUpperInvariant(w[0]) + w[1..];
    }

    private string Maybe(string w, string from, string[] to, double p) =>
        w.Contains(from, StringComparison.Ordinal) && random.NextDouble() < p ? w.Replace(from, Pick(to), StringComparison.Ordinal) : w;

    private string Pick(string[] options) => options[random.Next(options.Length)];
}
