using Passage.Core.Common;
using Passage.Core.Pledges;

namespace Passage.Core.Interviews;

/// <summary>What a protection officer enters for one individual interview.</summary>
/// <param name="TravelWith">Registration numbers of the family members the resident wants to travel with.</param>
/// <param name="ConfidentialFromFamily">The resident's disclosures are kept from the family view of their case.</param>
public sealed record InterviewDetails(
    DateOnly HeldOn,
    string? Interviewer,
    string? Interpreter,
    string? Language,
    bool InterviewedAlone,
    string? OthersPresent,
    ResettlementChoice Choice,
    IReadOnlyList<PreferenceDetails>? PreferredCountries,
    IReadOnlyList<string>? TravelWith,
    string? ProtectionConcerns,
    bool ConfidentialFromFamily,
    DateOnly? ScheduledOn = null)
{
    public const int MaxTextLength = 4000;

    /// <summary>Checks every field; the result names each field that is wrong.</summary>
    public Result<ValidInterviewDetails> Validate(DateOnly today)
    {
        var errors = new ValidationErrors();
        if (HeldOn > today)
        {
            errors.Add(nameof(HeldOn), "An interview is recorded once it has been held; the date cannot be in the future.");
        }

        var interviewer = Clean(Interviewer);
        if (interviewer is null)
        {
            errors.Add(nameof(Interviewer), "Name the interviewer.");
        }

        var language = Clean(Language);
        if (language is null)
        {
            errors.Add(nameof(Language), "Give the language of the interview.");
        }

        var others = Clean(OthersPresent);
        if (!InterviewedAlone && others is null)
        {
            errors.Add(nameof(OthersPresent), "Say who else was present; an interview not held alone is shown to the supervisor.");
        }

        if (!Enum.IsDefined(Choice))
        {
            errors.Add(nameof(Choice), "Record the resident's choice.");
        }

        var preferences = new List<(string Code, PreferenceReason Reason, string? Note)>();
        foreach (var preference in PreferredCountries ?? [])
        {
            var code = CountryCode.Normalise(preference.CountryCode);
            if (code is null)
            {
                errors.Add(nameof(PreferredCountries), $"'{preference.CountryCode}' is not an ISO 3166 two-letter country code.");
            }
            else if (preferences.Any(p => p.Code == code))
            {
                errors.Add(nameof(PreferredCountries), $"{code} is listed twice.");
            }
            else
            {
                preferences.Add((code, Enum.IsDefined(preference.Reason) ? preference.Reason : PreferenceReason.Other, Clean(preference.Note)));
            }
        }

        var concerns = Clean(ProtectionConcerns);
        if (concerns is { Length: > MaxTextLength })
        {
            errors.Add(nameof(ProtectionConcerns), $"At most {MaxTextLength} characters.");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var travelWith = (TravelWith ?? []).Select(n => n.Trim().ToUpperInvariant()).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        return new ValidInterviewDetails(
            ScheduledOn, HeldOn, interviewer!, Clean(Interpreter), language!, InterviewedAlone, InterviewedAlone ? null : others,
            Choice, preferences, travelWith, concerns, ConfidentialFromFamily);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>One preferred country as entered.</summary>
public sealed record PreferenceDetails(string? CountryCode, PreferenceReason Reason, string? Note = null);

/// <summary>Interview details that passed <see cref="InterviewDetails.Validate"/>.</summary>
public sealed record ValidInterviewDetails(
    DateOnly? ScheduledOn,
    DateOnly HeldOn,
    string Interviewer,
    string? Interpreter,
    string Language,
    bool InterviewedAlone,
    string? OthersPresent,
    ResettlementChoice Choice,
    IReadOnlyList<(string Code, PreferenceReason Reason, string? Note)> PreferredCountries,
    IReadOnlyList<string> TravelWith,
    string? ProtectionConcerns,
    bool ConfidentialFromFamily);
