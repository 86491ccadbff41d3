namespace Passage.Core.Registry;

/// <summary>The age bands used in filters and aggregate reports (inclusive ends, in whole years).</summary>
public enum AgeBand
{
    Under5 = 1,
    From5To11 = 2,
    From12To17 = 3,
    From18To59 = 4,
    Over59 = 5,
}

public static class AgeBands
{
    public static (int Min, int Max) Range(AgeBand band) => band switch
    {
        AgeBand.Under5 => (0, 4),
        AgeBand.From5To11 => (5, 11),
        AgeBand.From12To17 => (12, 17),
        AgeBand.From18To59 => (18, 59),
        AgeBand.Over59 => (60, 150),
        _ => throw new ArgumentOutOfRangeException(nameof(band), band, null),
    };

    public static string Label(AgeBand band) => band switch
    {
        AgeBand.Under5 => "0–4",
        AgeBand.From5To11 => "5–11",
        AgeBand.From12To17 => "12–17",
        AgeBand.From18To59 => "18–59",
        AgeBand.Over59 => "60 and over",
        _ => band.ToString(),
    };

    /// <summary>Birth years whose persons are in the band on <paramref name="today"/>, by year of birth alone.</summary>
    public static (int FromYear, int ToYear) BirthYears(AgeBand band, DateOnly today)
    {
        var (min, max) = Range(band);
        return (today.Year - max, today.Year - min);
    }
}
