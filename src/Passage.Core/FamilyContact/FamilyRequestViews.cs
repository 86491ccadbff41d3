using Passage.Core.Registry;

namespace Passage.Core.FamilyContact;

/// <summary>A request as the family-contact inbox lists it.</summary>
public sealed record FamilyRequestSummary(
    Guid Id, string Number, DateTimeOffset ReceivedAt, string RequesterName, RequesterRelationship Relationship, string SoughtName, FamilyRequestStage Stage);

/// <summary>The registered person confirmed as the one sought: enough to know whom to ask.</summary>
public sealed record SoughtPersonView(Guid PersonId, string RegistrationNumber, string Name, string? NameArabic);

public sealed record FamilyContactView(ContactKind Kind, string Note, string RecordedBy, DateTimeOffset RecordedAt);

/// <summary>One request in full, for tracing and protection, with the one text the requester may be told now.</summary>
public sealed record FamilyRequestView(
    Guid Id,
    string Number,
    DateTimeOffset ReceivedAt,
    string ReceivedBy,
    string RequesterName,
    RequesterRelationship Relationship,
    string RequesterContact,
    IdentityCheck IdentityCheck,
    string? IdentityCheckNote,
    string SoughtName,
    string? SoughtNameOtherScript,
    int? SoughtBirthYear,
    string? SoughtFatherName,
    string? SoughtPlaceOfOrigin,
    string Reason,
    FamilyRequestStage Stage,
    SoughtPersonView? SoughtPerson,
    string? AnswerNote,
    DateTimeOffset? AnsweredAt,
    IReadOnlyList<FamilyContactView> Contacts,
    string AnswerToRequester,
    long Version)
{
    internal static FamilyRequestView Of(FamilyRequest r, Person? sought) => new(
        r.Id, r.Number, r.ReceivedAt, r.ReceivedByName, r.RequesterName, r.Relationship, r.RequesterContact, r.IdentityCheck, r.IdentityCheckNote,
        r.SoughtName, r.SoughtNameOtherScript, r.SoughtBirthYear, r.SoughtFatherName, r.SoughtPlaceOfOrigin, r.Reason, r.Stage,
        sought is null ? null : new SoughtPersonView(sought.Id, sought.RegistrationNumber, sought.FullName, sought.FullNameArabic),
        r.AnswerNote, r.AnsweredAt,
        r.Contacts.OrderBy(c => c.RecordedAt).Select(c => new FamilyContactView(c.Kind, c.Note, c.RecordedByName, c.RecordedAt)).ToList(),
        RequesterAnswers.For(r.Stage), r.Version);
}

/// <summary>A registered person who may be the one sought, with the matching engine's score and its explanation.</summary>
public sealed record FamilyCandidate(
    Guid PersonId, string RegistrationNumber, string Name, string? NameArabic, string? FatherName, string BirthDate, Passage.Matching.Scoring.MatchResult Result);

/// <summary>What the requester is told: one of <see cref="RequesterAnswers.All"/>, and nothing else.</summary>
public sealed record RequesterAnswer(string Text);

/// <summary>A flag as the security officer reads it: who asked and why they are flagged, not whom they sought.</summary>
public sealed record FamilyRequestFlagView(
    Guid Id, DateTimeOffset RaisedAt, FlagReason Reason, string RequestNumber, string RequesterName, RequesterRelationship Relationship, string RequesterContact);
