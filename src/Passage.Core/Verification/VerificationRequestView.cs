
namespace Passage.Core.Verification;

/// <summary>
/// A request as the country that asked sees it: its own claim and the answer, which is one of three values and, when verified,
/// the registration number that country held already. Nothing else of the registry: no candidates, counts or whereabouts.
/// </summary>
public sealed record VerificationRequestView(
    Guid Id,
    string CountryCode,
    string CountryName,
    string? GivenName,
    string? FamilyName,
    string? FatherName,
    string? BirthDate,
    IReadOnlyList<string> OtherNames,
    string? DocumentNumbers,
    string? ClaimedRegistrationNumber,
    DateTimeOffset SubmittedAt,
    VerificationAnswer? Answer,
    string AnswerLabel,
    string? RegistrationNumber)
{
    public static VerificationRequestView Of(VerificationRequest r) => new(
        r.Id, r.CountryCode, Pledges.CountryCode.Name(r.CountryCode), r.GivenName, r.FamilyName, r.FatherName, r.BirthDate?.ToString(), r.OtherNameList,
        r.DocumentNumbers, r.ClaimedRegistrationNumber, r.SubmittedAt, r.Answer, VerificationAnswers.Label(r.Answer), r.AnsweredRegistrationNumber);
}
