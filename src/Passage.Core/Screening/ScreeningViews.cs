using Passage.Core.Cases;

namespace Passage.Core.Screening;

/// <summary>A list with its metrics: entries now on it, hits, adjudicated, pending and the share of adjudicated hits found false.</summary>
public sealed record ScreeningListView(
    Guid Id, string Name, string Source, string Reference, DateOnly ListDate, int Revision, double Threshold, DateTimeOffset ImportedAt,
    int Entries, int Hits, int Adjudicated, int Pending, double? FalseMatchRate);

/// <summary>A hit as the security officer adjudicates it: the registered person, the entry and the engine's explanation.</summary>
public sealed record ScreeningHitView(
    long Id,
    string ListName,
    string EntryReference,
    string EntryName,
    IReadOnlyList<string> EntryAliases,
    string? EntryBirthDate,
    string? EntryNationality,
    string? EntryFatherName,
    Guid PersonId,
    string RegistrationNumber,
    string PersonName,
    string? PersonNameArabic,
    string? PersonFatherName,
    string PersonBirthDate,
    CaseStatus CaseStatus,
    double Probability,
    string Explanation,
    HitStatus Status,
    string? Reason,
    string? DecidedByName,
    DateTimeOffset FoundAt);
