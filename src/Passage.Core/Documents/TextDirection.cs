using System.Globalization;
using System.Text;

namespace Passage.Core.Documents;

/// <summary>A stretch of a line in one direction and script, in the order it is set on the page.</summary>
internal readonly record struct DirectionalRun(string Text, bool RightToLeft);

/// <summary>
/// The part of the Unicode bidirectional algorithm that names need: letters of Arabic script are right-to-left, other
/// letters and digits left-to-right, and spaces and punctuation take the direction of the letters on both sides of them
/// (the paragraph's direction where those differ). A paragraph's direction is that of its first letter.
/// </summary>
internal static class TextDirection
{
    private enum Strength
    {
        Neutral,
        LeftToRight,
        RightToLeft,
    }

    public static bool IsRightToLeft(string text) => text.EnumerateRunes().Select(Of).FirstOrDefault(s => s != Strength.Neutral) == Strength.RightToLeft;

    /// <summary>
    /// The runs of one line of a paragraph in visual order, left to right; each run's text stays in logical order.
    /// <paramref name="paragraphRightToLeft"/> is the paragraph's direction, which every line of it keeps.
    /// </summary>
    public static IReadOnlyList<DirectionalRun> VisualRuns(string line, bool paragraphRightToLeft)
    {
        var runes = line.EnumerateRunes().ToArray();
        var strengths = runes.Select(Of).ToArray();
        var lineDirection = paragraphRightToLeft ? Strength.RightToLeft : Strength.LeftToRight;
        ResolveNeutrals(strengths, lineDirection);

        var runs = new List<DirectionalRun>();
        var text = new StringBuilder();
        for (var i = 0; i < runes.Length; i++)
        {
            text.Append(runes[i].ToString());
            if (i == runes.Length - 1 || strengths[i + 1] != strengths[i])
            {
                runs.Add(new DirectionalRun(text.ToString(), strengths[i] == Strength.RightToLeft));
                text.Clear();
            }
        }

        if (lineDirection == Strength.RightToLeft)
        {
            runs.Reverse();
        }

        return runs;
    }

    private static void ResolveNeutrals(Strength[] strengths, Strength lineDirection)
    {
        var start = 0;
        while (start < strengths.Length)
        {
            if (strengths[start] != Strength.Neutral)
            {
                start++;
                continue;
            }

            var end = start;
            while (end < strengths.Length && strengths[end] == Strength.Neutral)
            {
                end++;
            }

            var before = start == 0 ? lineDirection : strengths[start - 1];
            var after = end == strengths.Length ? lineDirection : strengths[end];
            Array.Fill(strengths, before == after ? before : lineDirection, start, end - start);
            start = end;
        }
    }

    private static Strength Of(Rune rune)
    {
        if (IsArabicScript(rune.Value))
        {
            // Arabic-Indic digits sit in the Arabic block but do not turn a line around on their own.
            return Rune.GetUnicodeCategory(rune) == UnicodeCategory.DecimalDigitNumber ? Strength.Neutral : Strength.RightToLeft;
        }

        return Rune.IsLetterOrDigit(rune) ? Strength.LeftToRight : Strength.Neutral;
    }

    public static bool IsArabicScript(int codePoint) => codePoint is (>= 0x0600 and <= 0x06FF) or (>= 0x0750 and <= 0x077F)
        or (>= 0x0870 and <= 0x08FF) or (>= 0xFB50 and <= 0xFDFF) or (>= 0xFE70 and <= 0xFEFF);
}
