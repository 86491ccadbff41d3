using Passage.Core.Common;
using Passage.Core.Pledges;
using Passage.Core.Registry;

namespace Passage.Core.Verification;

/// <summary>
/// What a receiving country says about a person who claims to have been a resident, before validation: names in any
/// script, other spellings, birth date (or year), father's name, document numbers and, if they gave one, the registration
/// number they claim. <see cref="CountryCode"/> is the country asking (a delegate's own country is taken from their account).
/// </summary>
public sealed record ClaimDetails(
    string? GivenName,
    string? FamilyName,
    string? FatherName = null,
    string? BirthDate = null,
    IReadOnlyList<string>? OtherNames = null,
    string? DocumentNumbers = null,
    string? ClaimedRegistrationNumber = null,
    string? CountryCode = null)
{
    public const int MaxOtherNames = 10;

    public Result<ValidClaim> Validate(string? ownCountry)
    {
        var errors = new ValidationErrors();
        var given = TextRules.Name(GivenName, nameof(GivenName), errors);
        var family = TextRules.Name(FamilyName, nameof(FamilyName), errors);
        if (given is null && family is null)
        {
            errors.Add(nameof(FamilyName), "Give the name the person uses, in any script.");
        }

        var father = TextRules.Name(FatherName, nameof(FatherName), errors);
        PartialDate? birth = null;
        if (!string.IsNullOrWhiteSpace(BirthDate))
        {
            if (PartialDate.TryParse(BirthDate, out var date, out var error))
            {
                birth = date;
            }
            else
            {
                errors.Add(nameof(BirthDate), error!);
            }
        }

        var others = (OtherNames ?? []).Select(n => TextRules.Name(n, nameof(OtherNames), errors)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (others.Count > MaxOtherNames)
        {
            errors.Add(nameof(OtherNames), $"At most {MaxOtherNames} other names.");
        }

        var documents = TextRules.Name(DocumentNumbers, nameof(DocumentNumbers), errors, TextRules.LineLength);
        var claimed = TextRules.Name(ClaimedRegistrationNumber, nameof(ClaimedRegistrationNumber), errors, 30);
        var country = ownCountry ?? Pledges.CountryCode.Normalise(CountryCode);
        if (country is null)
        {
            errors.Add(nameof(CountryCode), "Choose the country that asks.");
        }

        return errors.Any
            ? errors.ToProblem()
            : new ValidClaim(given, family, father, birth, others, documents, claimed, country!);
    }
}

/// <summary>A claim whose every field is valid.</summary>
public sealed record ValidClaim(
    string? GivenName,
    string? FamilyName,
    string? FatherName,
    PartialDate? BirthDate,
    IReadOnlyList<string> OtherNames,
    string? DocumentNumbers,
    string? ClaimedRegistrationNumber,
    string CountryCode);
