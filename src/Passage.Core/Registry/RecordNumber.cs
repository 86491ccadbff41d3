using System.Globalization;
using System.Text.RegularExpressions;
using Passage.Core.Storage;

namespace Passage.Core.Registry;

/// <summary>What a number typed in a search box names.</summary>
public enum NumberedKind
{
    /// <summary>Bare digits: a registration number, or else a case number.</summary>
    Either,
    Person,
    Case,
}

/// <summary>
/// A registration or case number as a clerk types it: <c>PSG-000123</c>, <c>psg000123</c>, <c>PSG 123</c>, <c>C-000001</c>,
/// <c>c1</c>, or the digits alone. Anything else is a name.
/// </summary>
public sealed partial record RecordNumber(NumberedKind Kind, long Value)
{
    /// <summary>The registration number these digits would be.</summary>
    public string RegistrationNumber => NumberIssuer.RegistrationNumber(Value);

    /// <summary>The case number these digits would be.</summary>
    public string CaseNumber => NumberIssuer.CaseNumber(Value);

    public static RecordNumber? Parse(string? typed)
    {
        var match = typed is null ? null : Pattern().Match(typed.Trim());
        if (match is not { Success: true } || !long.TryParse(match.Groups["digits"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1)
        {
            return null;
        }

        var kind = match.Groups["prefix"].Value.ToUpperInvariant() switch
        {
            "PSG" => NumberedKind.Person,
            "C" => NumberedKind.Case,
            _ => NumberedKind.Either,
        };
        return new RecordNumber(kind, value);
    }

    [GeneratedRegex(@"^(?<prefix>PSG|C)?[\s\-]*(?<digits>[0-9]{1,12})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 100)]
    private static partial Regex Pattern();
}
