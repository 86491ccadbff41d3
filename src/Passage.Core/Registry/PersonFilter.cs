using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Cases;
using Passage.Core.Common;

namespace Passage.Core.Registry;

/// <summary>
/// What the registry list is narrowed to. <see cref="Query"/> is a registration or case number (<see cref="RecordNumber"/>:
/// that person, or that case's members) or name words, each matching the start of a name token in either script.
/// </summary>
public sealed record PersonFilter(
    CaseStatus? Status = null,
    Sex? Sex = null,
    AgeBand? AgeBand = null,
    string? Need = null,
    string? CampBlock = null,
    string? Query = null,
    string? Sort = null)
{
    /// <summary>The columns the registry sorts by; "number" (registration number) when none is named.</summary>
    public static readonly IReadOnlyList<string> SortKeys = ["number", "name", "born", "case", "status"];

    public static readonly Sort DefaultSort = new("number");

    /// <summary>The order asked for, or the default when none or an unknown one is named (<see cref="Check"/> refuses that).</summary>
    public Sort Order => Common.Sort.Parse(Sort, SortKeys, DefaultSort) is { Succeeded: true } order ? order.Value : DefaultSort;

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
        (nameof(Sort), FieldGroup.CaseStatus, Order.Key == "status"),
    }.Where(f => f.Used).Select(f => (f.Field, f.Group));


    /// <summary>Whether any filter is in use.</summary>
    public bool Any => Status is not null || Sex is not null || AgeBand is not null
        || !string.IsNullOrWhiteSpace(Need) || !string.IsNullOrWhiteSpace(CampBlock) || !string.IsNullOrWhiteSpace(Query);

    /// <summary>
    /// The filters in use with their values, for the audit log only: an auditor must see who listed whom. Never for the
    /// application log. A registration or case number searched for is written as typed; a name, as its fingerprint
    /// (<see cref="SearchTerms"/>), since the log outlives the person's record.
    /// </summary>
    public string Describe(SearchTerms terms) => string.Join("; ", new[]
    {
        Status is null ? null : $"status={Status}",
        Sex is null ? null : $"sex={Sex}",
        AgeBand is null ? null : $"age={AgeBand}",
        string.IsNullOrWhiteSpace(Need) ? null : $"need={Need.Trim()}",
        string.IsNullOrWhiteSpace(CampBlock) ? null : $"block={CampBlock.Trim()}",
        string.IsNullOrWhiteSpace(Query) ? null : $"query={(RecordNumber.Parse(Query) is null ? terms.Fingerprint(Query) : Query.Trim())}",
    }.Where(x => x is not null));

    /// <summary>Null when every filter is one the registry knows; otherwise the problem naming each bad one.</summary>
    public Problem? Check()
    {
        var errors = new ValidationErrors();
        if (Status is { } status && !Enum.IsDefined(status))
        {
            errors.Add("status", "Unknown case status.");
        }

        if (Sex is { } sex && !Enum.IsDefined(sex))
        {
            errors.Add("sex", "Sex must be Female or Male.");
        }

        if (AgeBand is { } band && !Enum.IsDefined(band))
        {
            errors.Add("age", "Unknown age band.");
        }

        TextRules.Name(Need, "need", errors, 10);
        TextRules.Name(CampBlock, "block", errors, 20);
        TextRules.Name(Query, "q", errors, TextRules.LineLength);
        if (Common.Sort.Parse(Sort, SortKeys, DefaultSort).Problem is { } badSort)
        {
            errors.Add("sort", badSort.Errors!["sort"][0]);
        }

        return errors.Any ? errors.ToProblem() : null;
    }
}

/// <summary>
/// One line of the registry list. <see cref="Score"/>, when the list is a ranked name search, is the relevance of the person's
/// names to the name searched for (<see cref="SearchRelevance"/>), from 0 to 1: not the likelihood that this is the person meant.
/// </summary>
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
