namespace Passage.Matching.Comparison;

/// <summary>Compares dates of birth with their precision and the errors registries typically make.</summary>
public static class DateComparer
{
    /// <summary>Returns the level of agreement of <paramref name="a"/> and <paramref name="b"/>; symmetric.</summary>
    public static DateLevel Compare(BirthDate a, BirthDate b)
    {
        if (a.SolarHijriYear > 0 || b.SolarHijriYear > 0)
        {
            return SolarHijriYears(a, b);
        }

        var full = a.Precision == DatePrecision.Day && b.Precision == DatePrecision.Day;
        if (full && a == b && !a.IsPlaceholder)
        {
            return DateLevel.Exact;
        }

        if (a.Year == b.Year)
        {
            if (!full && (a.Month == 0 || b.Month == 0 || (a.Month == b.Month && (a.Day == 0 || b.Day == 0))))
            {
                return DateLevel.Consistent;
            }

            if (full && (a.IsPlaceholder || b.IsPlaceholder))
            {
                return DateLevel.Consistent;
            }
        }

        if (full && TypicalError(a, b))
        {
            return DateLevel.TypicalError;
        }

        // Two real full dates that are neither equal nor a typical error are two birthdays, however close; so are two
        // dates that both state their month more than a year apart (siblings are born 14 months apart). A 1 January
        // placeholder is an estimated year, which may be a year or two off. Two errors at once are not two birthdays
        // either: the year off by one beside another day of the same month (or a day the calendar lacks) is near.
        if (full && Math.Abs(a.Year - b.Year) == 1 && a.Month == b.Month && !a.IsPlaceholder && !b.IsPlaceholder)
        {
            return DateLevel.Near;
        }

        var twoBirthdays = (full && !a.IsPlaceholder && !b.IsPlaceholder) || MonthsApart(a, b) > 12;
        return !twoBirthdays && Math.Abs(a.Year - b.Year) <= 2 ? DateLevel.Near : DateLevel.Different;
    }

    /// <summary>How many months apart two dates that both state their month are; 0 when either does not.</summary>
    private static int MonthsApart(BirthDate a, BirthDate b) =>
        a.Month == 0 || b.Month == 0 || a.IsPlaceholder || b.IsPlaceholder ? 0 : Math.Abs(((a.Year - b.Year) * 12) + a.Month - b.Month);

    /// <summary>A Solar Hijri year alone agrees with any date that falls in it, whatever the calendar of the other.</summary>
    private static DateLevel SolarHijriYears(BirthDate a, BirthDate b)
    {
        var (fromA, toA) = SolarHijriRange(a);
        var (fromB, toB) = SolarHijriRange(b);
        var gap = Math.Max(fromA - toB, fromB - toA);
        return gap <= 0 ? DateLevel.Consistent : gap <= 2 ? DateLevel.Near : DateLevel.Different;
    }

    private static (int From, int To) SolarHijriRange(BirthDate d)
    {
        if (d.SolarHijriYear > 0)
        {
            return (d.SolarHijriYear, d.SolarHijriYear);
        }

        if (d.Precision == DatePrecision.Day)
        {
            var year = d.SolarHijriYearOfDay();
            return (year, year);
        }

        // A Gregorian year (or a month) overlaps two Solar Hijri years; January to mid-March belong to the earlier.
        return d.Precision == DatePrecision.Month
            ? (d.Month < 3 ? d.Year - 622 : d.Month > 3 ? d.Year - 621 : d.Year - 622, d.Month < 3 ? d.Year - 622 : d.Year - 621)
            : (d.Year - 622, d.Year - 621);
    }

    private static bool TypicalError(BirthDate a, BirthDate b)
    {
        if (a.Year == b.Year && a.Month == b.Day && a.Day == b.Month)
        {
            return true;
        }

        if (Math.Abs(a.Year - b.Year) == 1 && a.Month == b.Month && a.Day == b.Day)
        {
            return true;
        }

        if (a.Year == b.Year && a.Month == b.Month)
        {
            return true;
        }

        Span<char> x = stackalloc char[8];
        Span<char> y = stackalloc char[8];
        Digits(a, x);
        Digits(b, y);
        var differences = 0;
        var first = -1;
        for (var i = 0; i < 8; i++)
        {
            if (x[i] != y[i])
            {
                differences++;
                first = first < 0 ? i : first;
            }
        }

        return differences == 1
            || (differences == 2 && first < 7 && x[first] == y[first + 1] && x[first + 1] == y[first]);
    }

    private static void Digits(BirthDate d, Span<char> output)
    {
        var value = (d.Year * 10000) + (d.Month * 100) + d.Day;
        for (var i = 7; i >= 0; i--)
        {
            output[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }
}
