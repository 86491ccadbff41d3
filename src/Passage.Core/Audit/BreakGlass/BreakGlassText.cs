using Passage.Core.Common;

namespace Passage.Core.Audit.BreakGlass;

/// <summary>The free text of break-glass: the reason a record is opened and the auditor's note on it.</summary>
internal static class BreakGlassText
{
    public const int MaxLength = 500;
    public const int MinReasonLength = 10;

    /// <summary>The trimmed text, or null with a field message when it is missing (and required), too short, too long or holds control characters.</summary>
    public static string? Check(string field, string? value, bool required, ValidationErrors errors)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (required)
            {
                errors.Add(field, "State why you need this record now. Without a reason nothing opens.");
            }

            return null;
        }

        if (required && text.Length < MinReasonLength)
        {
            errors.Add(field, $"Give the reason in at least {MinReasonLength} characters.");
        }
        else if (text.Length > MaxLength)
        {
            errors.Add(field, $"At most {MaxLength} characters.");
        }
        else if (text.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t'))
        {
            errors.Add(field, "Remove the control characters from the text.");
        }

        return text;
    }
}
