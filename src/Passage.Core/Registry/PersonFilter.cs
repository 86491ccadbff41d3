using Passage.Core.Accounts;
using Passage.Core.Cases;

namespace Passage.Core.Registry;

/// <summary>
/// What the registry list is narrowed to. <see cref="Query"/> is a registration number (exact) or name words, each
/// matching the start of a name token in either script.
/// </summary>
public sealed record PersonFilter(
    CaseStatus? Status = null,
    Sex? Sex = null,
    AgeBand? AgeBand = null,
    string? Need = null,
    string? CampBlock = null,
    string? Query = null)
{
    /// <summary>
    /// The filters in use, each with the field group it reads: a list narrowed by a field tells who has it, so whoever may not
    /// read the field may not filter by it either.
    /// </summary>
    public IEnumerable<(string Field, FieldGroup Group)> Reads() => new (string Field, FieldGroup Group, bool Used)[]
    {
        (nameof(Status), FieldGroup.CaseStatus, Status is not null),
        (nameof(Sex), FieldGroup.Biodata, Sex is not null),
        (nameof(AgeBand), FieldGroup.Biodata, AgeBand is not null),
        (nameof(Need), FieldGroup.SpecificNeeds, !string.IsNullOrWhiteSpace(Need)),
        (nameof(CampBlock), FieldGroup.Biodata, !string.IsNullOrWhiteSpace(CampBlock)),
        (nameof(Query), FieldGroup.Biodata, !string.IsNullOrWhiteSpace(Query)),
    }.Where(f => f.Used).Select(f => (f.Field, f.Group));

    /// <summary>The names of the filters in use, for the audit log (never their values).</summary>
    public string Describe() => string.Join(',', new[]
    {
        Status is null ? null : "status",
        Sex is null ? null : "sex",
        AgeBand is null ? null : "age",
        Need is null ? null : "need",
        CampBlock is null ? null : "block",
        string.IsNullOrWhiteSpace(Query) ? null : "query",
    }.Where(x => x is not null));
}

/// <summary>One line of the registry list; <see cref="Score"/> is the match probability when the list is a ranked name search.</summary>
public sealed record PersonRow(
    Guid Id,
    string RegistrationNumber,
    string GivenName,
    string FamilyName,
    string? GivenNameArabic,
    string? FamilyNameArabic,
    Sex Sex,
    int BirthYear,
    int? BirthMonth,
    int? BirthDay,
    string CampBlock,
    string CampUnit,
    Guid CaseId,
    string CaseNumber,
    CaseStatus CaseStatus,
    double? Score = null)
{
    public string BirthDate => PartialDate.FromParts(BirthYear, BirthMonth, BirthDay).ToString();

    public string? FullNameArabic => GivenNameArabic is null && FamilyNameArabic is null ? null : $"{GivenNameArabic} {FamilyNameArabic}".Trim();
}
