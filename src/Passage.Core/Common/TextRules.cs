namespace Passage.Core.Common;

/// <summary>
/// The one rule for text a user types. No text may hold control characters (C0, DEL, C1: NUL, BEL, escape…); free text
/// may hold line breaks and tabs. Bidirectional overrides, embeddings and isolates (U+202A–U+202E, U+2066–U+2069) can
/// reorder what is shown around them: refused in names, removed from free text. Every text has a length limit.
/// </summary>
public static class TextRules
{
    /// <summary>A person's name, an alias, a staff name.</summary>
    public const int NameLength = 100;

    /// <summary>A short line: a language, a sender, who else was present.</summary>
    public const int LineLength = 200;

    /// <summary>A reason recorded with a change.</summary>
    public const int ReasonLength = 2000;

    /// <summary>A note or a narrative, such as protection concerns.</summary>
    public const int NoteLength = 4000;

    public const string ControlMessage = "Remove the control characters (invisible characters such as NUL or BEL) from this text.";

    public const string BidiMessage = "Remove the invisible direction-control characters (U+202A–U+202E, U+2066–U+2069) from this name.";

    public static bool IsControl(char c) => char.IsControl(c);

    public static bool IsBidiControl(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>
    /// A name: whitespace runs become one space; null when blank. Control or direction-control characters, or more than
    /// <paramref name="max"/> characters, add a message for <paramref name="field"/>.
    /// </summary>
    public static string? Name(string? value, string field, ValidationErrors errors, int max = NameLength)
    {
        if (value is null)
        {
            return null;
        }

        if (value.Any(IsControl))
        {
            errors.Add(field, ControlMessage);
        }
        else if (value.Any(IsBidiControl))
        {
            errors.Add(field, BidiMessage);
        }

        var text = string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length > max)
        {
            errors.Add(field, $"At most {max} characters.");
        }

        return text.Length == 0 ? null : text;
    }

    /// <summary>
    /// Free text: direction-control characters removed, trimmed; null when blank. Control characters other than line
    /// breaks and tabs, or more than <paramref name="max"/> characters, add a message for <paramref name="field"/>.
    /// </summary>
    public static string? FreeText(string? value, string field, ValidationErrors errors, int max = NoteLength)
    {
        var text = Neutralise(value)?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (text.Any(c => IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            errors.Add(field, ControlMessage);
        }
        else if (text.Length > max)
        {
            errors.Add(field, $"At most {max} characters.");
        }

        return text;
    }

    /// <summary>One optional free-text field checked on its own: the cleaned text (null when blank), or the field's problem.</summary>
    public static Result<string?> Optional(string? value, string field, int max = NoteLength)
    {
        var errors = new ValidationErrors();
        var text = FreeText(value, field, errors, max);
        return errors.Any ? errors.ToProblem() : Result<string?>.Ok(text);
    }

    /// <summary>One required free-text field, such as the reason for a change: the cleaned text, or <paramref name="missing"/> as the field's problem.</summary>
    public static Result<string> Required(string? value, string field, string missing, int max = ReasonLength)
    {
        var errors = new ValidationErrors();
        var text = FreeText(value, field, errors, max);
        if (text is null)
        {
            errors.Add(field, missing);
        }

        return errors.Any ? errors.ToProblem() : Result<string>.Ok(text!);
    }

    /// <summary>The text without direction-control characters, for free text and for showing text stored before this rule.</summary>
    public static string? Neutralise(string? value) =>
        value is null || !value.Any(IsBidiControl) ? value : string.Concat(value.Where(c => !IsBidiControl(c)));

    /// <summary>Whether the letters of <paramref name="name"/> come from more than one script, as when Cyrillic letters hide in a Latin name.</summary>
    public static bool IsMixedScript(string name) => name.Where(char.IsLetter).Select(ScriptOf).Distinct().Skip(1).Any();

    /// <summary>Whether <paramref name="name"/> has at least one Latin letter.</summary>
    public static bool HasLatinLetter(string name) => name.Any(c => char.IsLetter(c) && ScriptOf(c) == Script.Latin);

    private enum Script
    {
        Latin,
        Cyrillic,
        Greek,
        Arabic,
        Armenian,
        Other,
    }

    private static Script ScriptOf(char c) => c switch
    {
        (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '\u00C0' and <= '\u024F') or (>= '\u1E00' and <= '\u1EFF')
            or (>= '\u2C60' and <= '\u2C7F') or (>= '\uA720' and <= '\uA7FF') or (>= '\uAB30' and <= '\uAB6F') => Script.Latin,
        (>= '\u0400' and <= '\u052F') or (>= '\u1C80' and <= '\u1C8F') or (>= '\u2DE0' and <= '\u2DFF') or (>= '\uA640' and <= '\uA69F') => Script.Cyrillic,
        (>= '\u0370' and <= '\u03FF') or (>= '\u1F00' and <= '\u1FFF') => Script.Greek,
        (>= '\u0600' and <= '\u06FF') or (>= '\u0750' and <= '\u077F') or (>= '\u08A0' and <= '\u08FF')
            or (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF') => Script.Arabic,
        (>= '\u0530' and <= '\u058F') => Script.Armenian,
        _ => Script.Other,
    };
}
