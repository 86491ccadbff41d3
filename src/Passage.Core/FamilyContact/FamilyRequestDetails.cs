using Passage.Core.Common;
using Passage.Core.Registry.Matching;
using Passage.Matching.Comparison;

namespace Passage.Core.FamilyContact;

/// <summary>A family contact request as entered: who asks and how they were checked, whom they seek, and why.</summary>
public sealed record FamilyRequestDetails(
    string? RequesterName,
    RequesterRelationship? Relationship,
    string? RequesterContact,
    IdentityCheck? IdentityCheck,
    string? IdentityCheckNote,
    string? SoughtName,
    string? SoughtNameOtherScript,
    int? SoughtBirthYear,
    string? SoughtFatherName,
    string? SoughtPlaceOfOrigin,
    string? Reason)
{
    public Result<ValidFamilyRequestDetails> Validate(DateOnly today)
    {
        var errors = new ValidationErrors();
        var requester = Required(TextRules.Name(RequesterName, nameof(RequesterName), errors), nameof(RequesterName), "Give the requester's name.", errors);
        if (Relationship is not { } relationship || !Enum.IsDefined(relationship))
        {
            errors.Add(nameof(Relationship), "Say how the requester is related to the person they seek.");
        }

        var contact = Required(TextRules.FreeText(RequesterContact, nameof(RequesterContact), errors, TextRules.LineLength), nameof(RequesterContact),
            "Give how the agency can reach the requester.", errors);
        if (IdentityCheck is not { } check || !Enum.IsDefined(check))
        {
            errors.Add(nameof(IdentityCheck), "Say how the requester's identity was checked.");
        }

        var checkNote = TextRules.FreeText(IdentityCheckNote, nameof(IdentityCheckNote), errors, TextRules.LineLength);
        var sought = Required(TextRules.Name(SoughtName, nameof(SoughtName), errors), nameof(SoughtName), "Give the name of the person sought.", errors);
        var otherScript = TextRules.Name(SoughtNameOtherScript, nameof(SoughtNameOtherScript), errors);
        if (SoughtBirthYear is { } year && (year < BirthDate.FirstSolarHijriYear || (year > BirthDate.LastSolarHijriYear && year < 1850) || year > today.Year))
        {
            errors.Add(nameof(SoughtBirthYear), $"A year of birth, Gregorian or Solar Hijri (such as 1363), up to {today.Year}.");
        }

        var father = TextRules.Name(SoughtFatherName, nameof(SoughtFatherName), errors);
        var origin = TextRules.FreeText(SoughtPlaceOfOrigin, nameof(SoughtPlaceOfOrigin), errors, TextRules.LineLength);
        var reason = Required(TextRules.FreeText(Reason, nameof(Reason), errors), nameof(Reason), "Say why they seek contact.", errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var requesterKeys = PersonMatchRecords.Keys(PersonMatchRecords.ForName(requester!));
        var soughtKeys = PersonMatchRecords.Keys(PersonMatchRecords.ForName(sought!));
        return new ValidFamilyRequestDetails(
            requester!, Relationship!.Value, contact!, IdentityCheck!.Value, checkNote, requesterKeys.Length == 0 ? requester!.ToUpperInvariant() : requesterKeys,
            sought!, otherScript, SoughtBirthYear, father, origin, soughtKeys.Length == 0 ? sought!.ToUpperInvariant() : soughtKeys, reason!);
    }

    private static string? Required(string? value, string field, string message, ValidationErrors errors)
    {
        if (value is null)
        {
            errors.Add(field, message);
        }

        return value;
    }
}

public sealed record ValidFamilyRequestDetails(
    string RequesterName,
    RequesterRelationship Relationship,
    string RequesterContact,
    IdentityCheck IdentityCheck,
    string? IdentityCheckNote,
    string RequesterKeys,
    string SoughtName,
    string? SoughtNameOtherScript,
    int? SoughtBirthYear,
    string? SoughtFatherName,
    string? SoughtPlaceOfOrigin,
    string SoughtKeys,
    string Reason);
