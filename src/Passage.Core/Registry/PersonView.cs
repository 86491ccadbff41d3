using Passage.Core.Cases;

namespace Passage.Core.Registry;

/// <summary>
/// A person's record as one viewer may see it. Fields the viewer's role may not see are null, not hidden later:
/// <see cref="Needs"/> is null without the right to read specific needs; <see cref="HasSpecificNeeds"/> is the escort summary; <see cref="CaseHistory"/> null without the right to read cases.
/// </summary>
public sealed record PersonView(
    Guid Id,
    string RegistrationNumber,
    string GivenName,
    string FamilyName,
    string? FatherName,
    string? GivenNameArabic,
    string? FamilyNameArabic,
    string? FatherNameArabic,
    Sex Sex,
    string BirthDate,
    int Age,
    string CampBlock,
    string CampUnit,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<PersonNeedView>? Needs,
    bool? HasSpecificNeeds,
    IReadOnlyList<FamilyLinkView> FamilyLinks,
    CaseSummary Case,
    IReadOnlyList<CaseEventView>? CaseHistory,
    long Version,
    DateTimeOffset RegisteredAt)
{
    /// <summary>When the viewer opened this record under emergency access: the moment that access ends. Null otherwise.</summary>
    public DateTimeOffset? BreakGlassUntil { get; init; }

    /// <summary>When the retention job anonymised this record; null while it holds the person's names.</summary>
    public DateTimeOffset? AnonymisedAt { get; init; }

    public string? FullNameArabic => GivenNameArabic is null && FamilyNameArabic is null ? null : $"{GivenNameArabic} {FamilyNameArabic}".Trim();
}

public sealed record PersonNeedView(string Code, string Label, string? Note);

public sealed record FamilyLinkView(Guid PersonId, string RegistrationNumber, string Name, string? NameArabic, Relationship Relationship, bool SameCase);

public sealed record CaseSummary(Guid Id, string CaseNumber, CaseStatus Status, int MemberCount, long Version);

/// <summary>One entry of a case's history; <see cref="Reason"/> and <see cref="ActorName"/> are null when the viewer may not read them.</summary>
public sealed record CaseEventView(CaseEventKind Kind, CaseStatus? From, CaseStatus? To, string? RegistrationNumber, string? Reason, string? ActorName, DateTimeOffset At);
