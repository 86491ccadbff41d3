using Passage.Core.Cases;

namespace Passage.Core.Verification;

/// <summary>
/// A request as a registration supervisor reviews it: the whole claim, the registry's candidates with the engine's
/// explanation of each, whether the asking country holds each candidate's registration number already, and the fraud flags.
/// </summary>
public sealed record VerificationReview(
    VerificationRequestView Request,
    string SubmittedByName,
    IReadOnlyList<ReviewCandidate> Candidates,
    IReadOnlyList<ReviewFlag> Flags,
    string? AnswerNote,
    string? AnsweredByName,
    DateTimeOffset? AnsweredAt,
    string? VerifiedRegistrationNumber);

/// <summary>A registered person proposed for a claim, with the engine's likelihood and explanation.</summary>
public sealed record ReviewCandidate(
    Guid PersonId,
    string RegistrationNumber,
    string Name,
    string? NameArabic,
    string? FatherName,
    string BirthDate,
    CaseStatus CaseStatus,
    double Probability,
    string Explanation,
    bool CountryHoldsNumber);

/// <summary>A possible fraud between this request and another, with the evidence.</summary>
public sealed record ReviewFlag(Guid OtherRequestId, string OtherCountryCode, DateTimeOffset OtherSubmittedAt, FraudSign Sign, string Evidence);

/// <summary>A request in the supervisors' queue.</summary>
public sealed record VerificationQueueEntry(Guid Id, string CountryCode, DateTimeOffset SubmittedAt, VerificationAnswer? Answer, int Flags);
