using System.Globalization;

namespace Passage.Matching.Comparison;

/// <summary>How much of a birth date is known.</summary>
public enum DatePrecision : byte
{
    /// <summary>Only the year.</summary>
    Year,

    /// <summary>Year and month.</summary>
    Month,

    /// <summary>Year, month and day.</summary>
    Day,
}

/// <summary>
/// A date of birth with its precision: year only, year-month, or a full date. Month and day are 0 when
/// unknown. Valid years are 1800–2200; a full date must exist in the proleptic Gregorian calendar.
/// </summary>
public readonly record struct BirthDate(int Year, int Month, int Day)
{
    /// <summary>The precision implied by the known parts.</summary>
    public DatePrecision Precision => Day > 0 ? DatePrecision.Day : Month > 0 ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>True for 1 January, which registries often enter when only the year is known.</summary>
    public bool IsPlaceholder => Month == 1 && Day == 1;

    /// <summary>
    /// Parses <c>YYYY</c>, <c>YYYY-MM</c>, <c>YYYY-MM-DD</c> or <c>YYYYMMDD</c> (also with '/' or '.'
    /// as separator), ignoring surrounding white space. Returns a failure that says why otherwise.
    /// </summary>
    public static ParseResult<BirthDate> Parse(string? text)
    {
        var s = (text ?? string.Empty).Trim();
        if (s.Length == 0)
        {
            return ParseResult<BirthDate>.Fail("the date is empty");
        }

        if (s.Length == 8 && s.All(char.IsAsciiDigit))
        {
            s = $"{s[..4]}-{s[4..6]}-{s[6..]}";
        }

        var parts = s.Split('-', '/', '.');
        if (parts.Length > 3 || parts.Any(p => p.Length == 0 || !p.All(char.IsAsciiDigit)))
        {
            return ParseResult<BirthDate>.Fail($"'{text}' is not a date of the form YYYY, YYYY-MM, YYYY-MM-DD or YYYYMMDD");
        }

        if (parts[0].Length != 4 || parts.Skip(1).Any(p => p.Length > 2))
        {
            return ParseResult<BirthDate>.Fail($"'{text}' is not a date of the form YYYY, YYYY-MM, YYYY-MM-DD or YYYYMMDD");
        }

        var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
        var month = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : 0;
        var day = parts.Length > 2 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : 0;
        if (year is < 1800 or > 2200)
        {
            return ParseResult<BirthDate>.Fail($"year {year} is outside 1800–2200");
        }

        if (parts.Length > 1 && month is < 1 or > 12)
        {
            return ParseResult<BirthDate>.Fail($"month {month} is outside 1–12");
        }

        if (parts.Length > 2 && (day < 1 || day > DateTime.DaysInMonth(year, month)))
        {
            return ParseResult<BirthDate>.Fail($"day {day} does not exist in {year:D4}-{month:D2}");
        }

        return ParseResult<BirthDate>.Ok(new BirthDate(year, month, day));
    }

    /// <summary>The date as <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
    };
}
