using Passage.Core.Common;

namespace Passage.Core.Registry;

/// <summary>
/// The biodata typed at registration or on an edit, before validation. Latin names are required; names in Arabic
/// script are optional but must be in that script. Every rule of what makes biodata valid lives here.
/// </summary>
public sealed record PersonDetails(
    string? GivenName,
    string? FamilyName,
    string? FatherName,
    string? GivenNameArabic,
    string? FamilyNameArabic,
    string? FatherNameArabic,
    string? Sex,
    string? BirthDate,
    string? CampBlock,
    string? CampUnit,
    IReadOnlyList<string>? Aliases = null,
    IReadOnlyList<string>? Needs = null)
{
    public const int MaxNameLength = 100;

    /// <summary>Checks every field against <paramref name="today"/>; the result carries one message per bad field.</summary>
    public Result<ValidPersonDetails> Validate(DateOnly today)
    {
        var errors = new ValidationErrors();
        var given = LatinName(nameof(GivenName), GivenName, required: true, errors);
        var family = LatinName(nameof(FamilyName), FamilyName, required: true, errors);
        var father = LatinName(nameof(FatherName), FatherName, required: false, errors);
        var givenAr = ArabicName(nameof(GivenNameArabic), GivenNameArabic, errors);
        var familyAr = ArabicName(nameof(FamilyNameArabic), FamilyNameArabic, errors);
        var fatherAr = ArabicName(nameof(FatherNameArabic), FatherNameArabic, errors);

        Registry.Sex sex = default;
        if (string.IsNullOrWhiteSpace(Sex))
        {
            errors.Add(nameof(Sex), "Choose the sex.");
        }
        else if (!Enum.TryParse(Sex.Trim(), ignoreCase: true, out sex) || !Enum.IsDefined(sex))
        {
            errors.Add(nameof(Sex), "Sex must be Female or Male.");
        }

        PartialDate birth = default;
        if (string.IsNullOrWhiteSpace(BirthDate))
        {
            errors.Add(nameof(BirthDate), "Enter the date of birth, or at least the year (YYYY).");
        }
        else if (!PartialDate.TryParse(BirthDate, out birth, out var dateError))
        {
            errors.Add(nameof(BirthDate), dateError!);
        }
        else if (birth.IsAfter(today))
        {
            errors.Add(nameof(BirthDate), "The date of birth is in the future.");
        }

        var block = Required(nameof(CampBlock), CampBlock, 20, "Enter the camp block.", errors);
        var unit = Required(nameof(CampUnit), CampUnit, 20, "Enter the unit.", errors);

        var aliases = (Aliases ?? []).Select(a => a.Trim()).Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        if (aliases.Any(a => a.Length > MaxNameLength))
        {
            errors.Add(nameof(Aliases), $"An alias may have at most {MaxNameLength} characters.");
        }

        var needs = (Needs ?? []).Select(n => n.Trim().ToUpperInvariant()).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        foreach (var unknown in needs.Where(n => !SpecificNeed.IsKnown(n)))
        {
            errors.Add(nameof(Needs), $"'{unknown}' is not a specific-need category.");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        return new ValidPersonDetails(given!, family!, father, givenAr, familyAr, fatherAr, sex, birth, block!, unit!, aliases, needs);
    }

    private static string? LatinName(string field, string? value, bool required, ValidationErrors errors)
    {
        var text = Clean(value);
        if (text is null)
        {
            if (required)
            {
                errors.Add(field, "Enter the name in Latin letters.");
            }

            return null;
        }

        if (text.Length > MaxNameLength)
        {
            errors.Add(field, $"At most {MaxNameLength} characters.");
        }
        else if (!text.Any(char.IsLetter) || text.Any(c => IsArabicScript(c) || char.IsDigit(c)))
        {
            errors.Add(field, "Use Latin letters here; names in Arabic script go in their own field.");
        }

        return text;
    }

    private static string? ArabicName(string field, string? value, ValidationErrors errors)
    {
        var text = Clean(value);
        if (text is null)
        {
            return null;
        }

        if (text.Length > MaxNameLength)
        {
            errors.Add(field, $"At most {MaxNameLength} characters.");
        }
        else if (text.Any(c => char.IsLetter(c) && !IsArabicScript(c)))
        {
            errors.Add(field, "Use Arabic script here.");
        }

        return text;
    }

    private static string? Required(string field, string? value, int max, string message, ValidationErrors errors)
    {
        var text = Clean(value);
        if (text is null)
        {
            errors.Add(field, message);
        }
        else if (text.Length > max)
        {
            errors.Add(field, $"At most {max} characters.");
        }

        return text;
    }

    private static string? Clean(string? value)
    {
        var text = string.Join(' ', (value ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length == 0 ? null : text;
    }

    internal static bool IsArabicScript(char c) =>
        c is (>= '\u0600' and <= '\u06FF') or (>= '\u0750' and <= '\u077F') or (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF');
}

/// <summary>Biodata that passed <see cref="PersonDetails.Validate"/>.</summary>
public sealed record ValidPersonDetails(
    string GivenName,
    string FamilyName,
    string? FatherName,
    string? GivenNameArabic,
    string? FamilyNameArabic,
    string? FatherNameArabic,
    Sex Sex,
    PartialDate BirthDate,
    string CampBlock,
    string CampUnit,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Needs);
