using System.Globalization;
using System.Text;

namespace Passage.Core.Registry;

/// <summary>
/// One normalised name token of a person, stored so that exact and prefix search by name use an index.
/// Tokens of every name and alias in both scripts; Latin case-folded without diacritics.
/// </summary>
public sealed class PersonSearchKey
{
    private PersonSearchKey()
    {
    }

    public PersonSearchKey(string key) => Key = key;

    public long Id { get; private set; }

    public Guid PersonId { get; private set; }

    public string Key { get; private set; } = "";

    /// <summary>The keys of a person's names and aliases.</summary>
    public static IEnumerable<string> For(Person person) =>
        new[] { person.GivenName, person.FamilyName, person.FatherName, person.GivenNameArabic, person.FamilyNameArabic, person.FatherNameArabic }
            .Concat(person.Aliases.Select(a => a.Name))
            .SelectMany(Tokens)
            .Distinct(StringComparer.Ordinal);

    /// <summary>Splits a text into normalised tokens, as both stored keys and queries use them.</summary>
    public static IEnumerable<string> Tokens(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            yield break;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(Fold(c)) : ' ');
        }

        foreach (var token in builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            yield return token;
        }
    }

    private static char Fold(char c) => c switch
    {
        'ي' or 'ى' => 'ی',
        'ك' => 'ک',
        'ة' or 'ۀ' => 'ه',
        'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
        'ؤ' => 'و',
        'ئ' => 'ی',
        _ => c,
    };
}
