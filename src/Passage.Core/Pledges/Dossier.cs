namespace Passage.Core.Pledges;

/// <summary>
/// The submission dossier: the minimum a receiving country needs to decide on a case — biodata, family composition and a
/// summary of specific needs. Built only from the fields named in <see cref="DossierFields"/>; never interview notes,
/// protection concerns or need notes.
/// </summary>
public sealed record Dossier(string CaseNumber, string ReceivingCountry, DateOnly GeneratedOn, IReadOnlyList<DossierMember> Members);

/// <summary>One member of the case in the dossier. <see cref="SpecificNeeds"/> holds category labels only.</summary>
public sealed record DossierMember(
    string RegistrationNumber,
    string GivenName,
    string FamilyName,
    string? FatherName,
    string? GivenNameArabic,
    string? FamilyNameArabic,
    string? FatherNameArabic,
    string Sex,
    string BirthDate,
    string RelationshipToPrincipal,
    IReadOnlyList<string> SpecificNeeds);

/// <summary>The tested list of what a dossier may hold. Adding a field to the dossier means adding it here, on purpose.</summary>
public static class DossierFields
{
    public static readonly IReadOnlyList<string> Case = ["caseNumber", "receivingCountry", "generatedOn", "members"];

    public static readonly IReadOnlyList<string> Member =
    [
        "registrationNumber", "givenName", "familyName", "fatherName", "givenNameArabic", "familyNameArabic", "fatherNameArabic",
        "sex", "birthDate", "relationshipToPrincipal", "specificNeeds",
    ];
}
