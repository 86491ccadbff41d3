namespace Passage.Core.Interviews;

/// <summary>Why a resident prefers a country.</summary>
public enum PreferenceReason
{
    FamilyThere = 1,
    Language = 2,
    Community = 3,
    Other = 4,
}

/// <summary>One preferred country of an interview, in the order the resident gave them. Never changed once written.</summary>
public sealed class CountryPreference
{
    private CountryPreference()
    {
    }

    internal CountryPreference(int rank, string countryCode, PreferenceReason reason, string? note)
    {
        Rank = rank;
        CountryCode = countryCode;
        Reason = reason;
        Note = note;
    }

    public long Id { get; private set; }

    public Guid InterviewId { get; private set; }

    /// <summary>1 for the first preference.</summary>
    public int Rank { get; private set; }

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public string CountryCode { get; private set; } = "";

    public PreferenceReason Reason { get; private set; }

    public string? Note { get; private set; }
}

/// <summary>Labels for people.</summary>
public static class PreferenceReasons
{
    public static string Label(PreferenceReason reason) => reason switch
    {
        PreferenceReason.FamilyThere => "Family there",
        PreferenceReason.Language => "Speaks the language",
        PreferenceReason.Community => "Community there",
        PreferenceReason.Other => "Other reason",
        _ => reason.ToString(),
    };
}
