namespace Passage.Core.Reporting;

/// <summary>
/// When the camp empties if residents keep leaving as they have lately: a range, never one date. The rate is the mean of
/// the persons who left in each of the last <see cref="Weeks"/> full weeks; the range is that mean plus and minus one
/// standard deviation of the weekly counts. A slower edge at or below zero has no end: the camp does not empty at that rate.
/// </summary>
public sealed record CampForecast(
    int Remaining,
    int Weeks,
    double WeeklyRate,
    double SlowRate,
    double FastRate,
    DateOnly? Likely,
    DateOnly? Earliest,
    DateOnly? Latest,
    IReadOnlyList<string> Assumptions)
{
    public const int DefaultWeeks = 8;

    /// <summary>Whether the camp empties at the recent rate at all.</summary>
    public bool Empties => Likely is not null;

    /// <summary>
    /// The forecast from <paramref name="remaining"/> residents on <paramref name="today"/> and the persons who left the camp
    /// on each day (<paramref name="leftPerDay"/>; days without departures may be missing).
    /// </summary>
    public static CampForecast Make(int remaining, IReadOnlyDictionary<DateOnly, int> leftPerDay, DateOnly today, int weeks = DefaultWeeks)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(remaining);
        ArgumentOutOfRangeException.ThrowIfLessThan(weeks, 2);

        // Full weeks ending yesterday: today is not over yet.
        var counts = Enumerable.Range(0, weeks)
            .Select(w => Enumerable.Range(1, 7).Sum(d => leftPerDay.GetValueOrDefault(today.AddDays(-(w * 7) - d))))
            .Select(c => (double)c)
            .ToList();
        var mean = counts.Average();
        var spread = Math.Sqrt(counts.Sum(c => (c - mean) * (c - mean)) / (counts.Count - 1));
        var slow = mean - spread;
        var fast = mean + spread;
        var assumptions = new List<string>
        {
            $"Residents keep leaving at the average of the last {weeks} full weeks: {mean:0.#} persons a week.",
            $"The range is that average plus or minus one standard deviation of the weekly counts ({spread:0.#}): {Math.Max(slow, 0):0.#} to {fast:0.#} a week.",
            "Every resident who remains leaves in the end: by resettlement, return or otherwise; nobody new arrives.",
        };
        if (remaining == 0)
        {
            return new CampForecast(0, weeks, mean, slow, fast, today, today, today, ["Nobody remains in the camp."]);
        }

        if (mean <= 0)
        {
            assumptions.Add($"Nobody left in the last {weeks} weeks: at that rate the camp does not empty.");
            return new CampForecast(remaining, weeks, mean, slow, fast, null, null, null, assumptions);
        }

        if (slow <= 0)
        {
            assumptions.Add("At the slow edge of the range nobody leaves, so the range has no latest date.");
        }

        return new CampForecast(remaining, weeks, mean, slow, fast, At(today, remaining, mean), At(today, remaining, fast), slow > 0 ? At(today, remaining, slow) : null, assumptions);
    }

    private static DateOnly At(DateOnly today, int remaining, double weeklyRate) =>
        today.AddDays((int)Math.Ceiling(remaining / weeklyRate * 7));
}
