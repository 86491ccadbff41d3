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
    public const int MaxNameLength = TextRules.NameLength;

    /// <summary>More names than this for one person is a paste gone wrong, not a person's aliases.</summary>
    public const int MaxAliases = 20;

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

        var aliasErrors = new ValidationErrors();
        var aliases = (Aliases ?? []).Select(a => TextRules.Name(a, nameof(Aliases), aliasErrors)).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        if (aliasErrors.Any)
        {
            errors.Add(nameof(Aliases), $"Each alias is one name of at most {MaxNameLength} characters, without control or direction-control characters.");
        }
        else if (aliases.Length > MaxAliases)
        {
            errors.Add(nameof(Aliases), $"At most {MaxAliases} aliases.");
        }

        var needs = (Needs ?? []).Select(n => n.Trim().ToUpperInvariant()).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        foreach (var unknown in needs.Where(n => !SpecificNeed.IsKnown(n)).Take(3))
        {
            errors.Add(nameof(Needs), $"'{unknown}' is not a specific-need category.");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        return new ValidPersonDetails(given!, family!, father, givenAr, familyAr, fatherAr, sex, birth, block!, unit!, aliases, needs);
    }

    /// <summary>
    /// Names that are valid but look wrong: letters of more than one script in one name, as when a Cyrillic letter that
    /// looks Latin was typed or pasted. Shown to the clerk; they do not stop the registration.
    /// </summary>
    public IReadOnlyDictionary<string, string> Warnings()
    {
        var names = new (string Field, string? Name)[] { (nameof(GivenName), GivenName), (nameof(FamilyName), FamilyName), (nameof(FatherName), FatherName) }
            .Concat((Aliases ?? []).Select(a => (Field: nameof(Aliases), Name: (string?)a)));
        return names.Where(n => n.Name is not null && TextRules.IsMixedScript(n.Name)).Select(n => n.Field).Distinct()
            .ToDictionary(f => f, _ => "This name mixes letters of different scripts (for example a Cyrillic letter that looks Latin). Check that it was typed as intended.", StringComparer.Ordinal);
    }

    private static string? LatinName(string field, string? value, bool required, ValidationErrors errors)
    {
        var text = TextRules.Name(value, field, errors);
        if (text is null)
        {
            if (required)
            {
                errors.Add(field, "Enter the name in Latin letters.");
            }

            return null;
        }

        if (text.Length <= MaxNameLength && (!TextRules.HasLatinLetter(text) || text.Any(c => IsArabicScript(c) || char.IsDigit(c))))
        {
            errors.Add(field, "Use Latin letters here; names in Arabic script go in their own field.");
        }

        return text;
    }

    private static string? ArabicName(string field, string? value, ValidationErrors errors)
    {
        var text = TextRules.Name(value, field, errors);
        if (text is not null && text.Length <= MaxNameLength && text.Any(c => char.IsLetter(c) && !IsArabicScript(c)))
        {
            errors.Add(field, "Use Arabic script here.");
        }

        return text;
    }

    private static string? Required(string field, string? value, int max, string message, ValidationErrors errors)
    {
        var text = TextRules.Name(value, field, errors, max);
        if (text is null)
        {
            errors.Add(field, message);
        }

        return text;
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
