using System.Globalization;

namespace Passage.Core.Registry;

/// <summary>
/// A date known to a year, a year and month, or a full day — as birth dates often are in a registry.
/// Immutable; parsed from <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.
/// </summary>
public readonly record struct PartialDate
{
    private PartialDate(int year, int? month, int? day)
    {
        Year = year;
        Month = month;
        Day = day;
    }

    public int Year { get; }

    /// <summary>1–12, or null when only the year is known.</summary>
    public int? Month { get; }

    /// <summary>1–31, or null when the day is not known.</summary>
    public int? Day { get; }

    public static PartialDate FromParts(int year, int? month, int? day)
    {
        if (year is < 1900 or > 2100)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "Year must be between 1900 and 2100.");
        }

        if (month is null && day is not null)
        {
            throw new ArgumentException("A day needs a month.", nameof(day));
        }

        if (month is not null && (month < 1 || month > 12))
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "Month must be 1–12.");
        }

        if (day is not null && (day < 1 || day > DateTime.DaysInMonth(year, month!.Value)))
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, "Day is not in that month.");
        }

        return new PartialDate(year, month, day);
    }

    /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>; the error says what is wrong.</summary>
    public static bool TryParse(string? text, out PartialDate date, out string? error)
    {
        date = default;
        error = null;
        var parts = (text ?? "").Trim().Split('-');
        if (parts.Length is < 1 or > 3 || parts.Any(p => p.Length == 0 || !p.All(char.IsAsciiDigit)))
        {
            error = "Use YYYY, YYYY-MM or YYYY-MM-DD.";
            return false;
        }

        var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
        int? month = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : null;
        int? day = parts.Length > 2 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : null;
        if (parts[0].Length != 4 || year is < 1900 or > 2100)
        {
            error = "The year must have four digits, between 1900 and 2100.";
            return false;
        }

        if (month is < 1 or > 12)
        {
            error = "The month must be between 01 and 12.";
            return false;
        }

        if (day is not null && (day < 1 || day > DateTime.DaysInMonth(year, month!.Value)))
        {
            error = "That day does not exist in that month.";
            return false;
        }

        date = new PartialDate(year, month, day);
        return true;
    }

    /// <summary>Age in whole years on <paramref name="today"/>, counting an unknown month or day as the middle of the period.</summary>
    public int AgeOn(DateOnly today)
    {
        var month = Month ?? 7;
        var day = Day ?? (Month is null ? 1 : 15);
        var age = today.Year - Year;
        if (today.Month < month || (today.Month == month && today.Day < day))
        {
            age--;
        }

        return Math.Max(age, 0);
    }

    /// <summary>Whether this date could be after <paramref name="today"/>.</summary>
    public bool IsAfter(DateOnly today) =>
        Year > today.Year
        || (Year == today.Year && Month is not null && Month > today.Month)
        || (Year == today.Year && Month == today.Month && Day is not null && Day > today.Day);

    public override string ToString() => (Month, Day) switch
    {
        (null, _) => Year.ToString("D4", CultureInfo.InvariantCulture),
        (int m, null) => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2}"),
        (int m, int d) => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2}-{d:D2}"),
    };
}
