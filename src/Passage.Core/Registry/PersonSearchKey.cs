using System.Globalization;
using System.Text;
using Passage.Matching.Normalisation;

namespace Passage.Core.Registry;

/// <summary>
/// One normalised name token of a person, stored so that exact and prefix search by name use an index.
/// Tokens of every name and alias in both scripts; Latin case-folded without diacritics; Arabic script folded by the
/// matching engine's rules (<see cref="ArabicScript"/>).
/// </summary>
public sealed class PersonSearchKey
{
    /// <summary>Names the rules that made the stored keys; <see cref="RecomputeSearchKeys"/> recomputes them when it changes.</summary>
    public const string VersionName = "person-search-keys";

    /// <summary>Raise whenever <see cref="Tokens"/> changes what it returns for any name. 2: the engine's Arabic-script folding.</summary>
    public const int CurrentVersion = 2;

    private PersonSearchKey()
    {
    }

    public PersonSearchKey(string key) => Key = key;

    public long Id { get; private set; }

    public Guid PersonId { get; private set; }

    public string Key { get; private set; } = "";

    /// <summary>The keys of a person's names and aliases; none for an anonymised person, whom no name finds.</summary>
    public static IEnumerable<string> For(Person person) => person.AnonymisedAt is not null ? [] :
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
        foreach (var c in text.Normalize(NormalizationForm.FormKD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || ArabicScript.IsDropped(c))
            {
                continue;
            }

            var folded = ArabicScript.Fold(c);
            builder.Append(char.IsLetterOrDigit(folded) ? char.ToLowerInvariant(folded) : ' ');
        }

        foreach (var token in builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            yield return token;
        }
    }
}
