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
/// A date of birth with its precision: year only, year-month, or a full date, in the Gregorian calendar.
/// Month and day are 0 when unknown. Valid years are 1800–2200; a full date must exist in the proleptic
/// Gregorian calendar. Iranian documents give Solar Hijri dates: a year from <see cref="FirstSolarHijriYear"/>
/// to <see cref="LastSolarHijriYear"/> is read as one, a full or year-month Solar Hijri date is converted to the
/// Gregorian date (or the Gregorian year its month begins in), and a Solar Hijri year alone, which spans two
/// Gregorian years (1363 runs from 21 March 1984 to 20 March 1985), keeps its <see cref="SolarHijriYear"/>.
/// </summary>
public readonly record struct BirthDate(int Year, int Month, int Day)
{
    /// <summary>The first year read as Solar Hijri (1850 in the Gregorian calendar).</summary>
    public const int FirstSolarHijriYear = 1229;

    /// <summary>The last year read as Solar Hijri (2071 in the Gregorian calendar).</summary>
    public const int LastSolarHijriYear = 1450;

    private static readonly PersianCalendar Persian = new();

    /// <summary>
    /// The Solar Hijri year when the date was given as that year alone, otherwise 0. <see cref="Year"/> is then
    /// the Gregorian year in which it begins.
    /// </summary>
    public int SolarHijriYear { get; init; }

    /// <summary>A Solar Hijri year alone: the Gregorian year it begins in, with the Solar Hijri year kept.</summary>
    public static BirthDate FromSolarHijriYear(int year) => new(year + 621, 0, 0) { SolarHijriYear = year };

    /// <summary>The Solar Hijri year of a full Gregorian date.</summary>
    public int SolarHijriYearOfDay() => Persian.GetYear(new DateTime(Year, Month, Day, 12, 0, 0, DateTimeKind.Unspecified));

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
        var s = AsciiDigits((text ?? string.Empty).Trim());
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
        if (year is (< 1800 or > 2200) and (< FirstSolarHijriYear or > LastSolarHijriYear))
        {
            return ParseResult<BirthDate>.Fail($"year {year} is outside 1800–2200");
        }

        if (parts.Length > 1 && month is < 1 or > 12)
        {
            return ParseResult<BirthDate>.Fail($"month {month} is outside 1–12");
        }

        if (year <= LastSolarHijriYear)
        {
            return SolarHijri(year, month, day);
        }

        if (parts.Length > 2 && (day < 1 || day > DateTime.DaysInMonth(year, month)))
        {
            return ParseResult<BirthDate>.Fail($"day {day} does not exist in {year:D4}-{month:D2}");
        }

        return ParseResult<BirthDate>.Ok(new BirthDate(year, month, day));
    }

    /// <summary>The date as <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>; a Solar Hijri year alone as that year.</summary>
    public override string ToString() => SolarHijriYear > 0 ? SolarHijriYear.ToString("D4", CultureInfo.InvariantCulture) : Precision switch
    {
        DatePrecision.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
    };

    private static ParseResult<BirthDate> SolarHijri(int year, int month, int day)
    {
        if (month == 0)
        {
            return ParseResult<BirthDate>.Ok(FromSolarHijriYear(year));
        }

        if (day > Persian.GetDaysInMonth(year, month))
        {
            return ParseResult<BirthDate>.Fail($"day {day} does not exist in the Solar Hijri month {year:D4}-{month:D2}");
        }

        var gregorian = Persian.ToDateTime(year, month, Math.Max(1, day), 12, 0, 0, 0);
        return ParseResult<BirthDate>.Ok(day == 0 ? new BirthDate(gregorian.Year, 0, 0) : new BirthDate(gregorian.Year, gregorian.Month, gregorian.Day));
    }

    private static string AsciiDigits(string s)
    {
        if (!s.Any(c => c is >= '\u06F0' and <= '\u06F9' or >= '\u0660' and <= '\u0669'))
        {
            return s;
        }

        return string.Concat(s.Select(c => c switch
        {
            >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
            >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
            _ => c,
        }));
    }
}
