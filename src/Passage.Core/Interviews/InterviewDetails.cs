using System.ComponentModel;
using Passage.Core.Common;
using Passage.Core.Pledges;

namespace Passage.Core.Interviews;

/// <summary>What a protection officer enters for one individual interview.</summary>
/// <param name="TravelWith">Registration numbers of the family members the resident wants to travel with.</param>
/// <param name="ConfidentialFromFamily">The resident's disclosures are kept from the family view of their case.</param>
/// <param name="InformedOfReturn">
/// For a choice to return only: the interviewer states whether the resident confirmed that return is their own decision,
/// after being told what it means and that they may withdraw the request at any time. Required then, never assumed.
/// </param>
public sealed record InterviewDetails(
    DateOnly HeldOn,
    string? Interviewer,
    string? Interpreter,
    string? Language,
    bool? InterviewedAlone,
    string? OthersPresent,
    ResettlementChoice Choice,
    IReadOnlyList<PreferenceDetails>? PreferredCountries,
    IReadOnlyList<string>? TravelWith,
    string? ProtectionConcerns,
    bool ConfidentialFromFamily,
    DateOnly? ScheduledOn = null,
    [property: Description(InterviewDetails.InformedOfReturnDescription)] bool? InformedOfReturn = null)
{
    public const string InformedOfReturnDescription =
        "Required when the choice is ReturnToOriginCountry, ignored otherwise: whether the resident confirmed that return is their own decision, "
        + "after being told what return means and that they may withdraw the request at any time. Never assumed; a return is requested only "
        + "after an interview held alone that records true.";

    public const int MaxTextLength = TextRules.NoteLength;

    public const int MaxPreferences = 10;

    public const int MaxTravelWith = 50;

    /// <summary>Checks every field; the result names each field that is wrong.</summary>
    public Result<ValidInterviewDetails> Validate(DateOnly today)
    {
        var errors = new ValidationErrors();
        OperationDates.CheckPast(HeldOn, today, nameof(HeldOn), errors, "An interview is recorded once it has been held; the date cannot be in the future.");
        if (ScheduledOn is { } scheduled)
        {
            OperationDates.CheckPlanned(scheduled, today, nameof(ScheduledOn), errors);
        }

        var interviewer = TextRules.Name(Interviewer, nameof(Interviewer), errors);
        if (interviewer is null)
        {
            errors.Add(nameof(Interviewer), "Name the interviewer.");
        }

        var interpreter = TextRules.Name(Interpreter, nameof(Interpreter), errors);
        var language = TextRules.FreeText(Language, nameof(Language), errors, TextRules.LineLength);
        if (language is null)
        {
            errors.Add(nameof(Language), "Give the language of the interview.");
        }

        var others = TextRules.FreeText(OthersPresent, nameof(OthersPresent), errors, TextRules.LineLength);
        if (InterviewedAlone is null)
        {
            errors.Add(nameof(InterviewedAlone), "Say whether the resident was interviewed alone; it is never assumed.");
        }
        else if (InterviewedAlone == false && others is null)
        {
            errors.Add(nameof(OthersPresent), "Say who else was present; an interview not held alone is shown to the supervisor.");
        }

        if (!Enum.IsDefined(Choice))
        {
            errors.Add(nameof(Choice), "Record the resident's choice.");
        }
        else if (Choice == ResettlementChoice.ReturnToOriginCountry && InformedOfReturn is null)
        {
            errors.Add(nameof(InformedOfReturn),
                "Say whether the resident confirmed that return is their own decision, knowing what it means and that they may withdraw it; it is never assumed.");
        }

        var preferences = new List<(string Code, PreferenceReason Reason, string? Note)>();
        if ((PreferredCountries?.Count ?? 0) > MaxPreferences || (TravelWith?.Count ?? 0) > MaxTravelWith)
        {
            errors.Add(nameof(PreferredCountries), $"At most {MaxPreferences} preferred countries and {MaxTravelWith} family members to travel with.");
        }

        foreach (var preference in (PreferredCountries ?? []).Take(MaxPreferences))
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
                preferences.Add((code, Enum.IsDefined(preference.Reason) ? preference.Reason : PreferenceReason.Other,
                    TextRules.FreeText(preference.Note, nameof(PreferredCountries), errors, TextRules.LineLength)));
            }
        }

        var concerns = TextRules.FreeText(ProtectionConcerns, nameof(ProtectionConcerns), errors, MaxTextLength);

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var travelWith = (TravelWith ?? []).Select(n => n.Trim().ToUpperInvariant()).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        return new ValidInterviewDetails(
            ScheduledOn, HeldOn, interviewer!, interpreter, language!, InterviewedAlone!.Value, InterviewedAlone.Value ? null : others,
            Choice, preferences, travelWith, concerns, ConfidentialFromFamily,
            Choice == ResettlementChoice.ReturnToOriginCountry ? InformedOfReturn : null);
    }
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
    bool ConfidentialFromFamily,
    bool? InformedOfReturn);
