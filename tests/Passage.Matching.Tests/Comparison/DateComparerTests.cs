using Passage.Matching.Comparison;

namespace Passage.Matching.Tests.Comparison;

public class DateComparerTests
{
    [Theory]
    [InlineData("1970-03-02", "19700302", DateLevel.Exact, "two formats of one full date")]
    [InlineData("1970", "1970-03-02", DateLevel.Consistent, "year only against a full date")]
    [InlineData("1970-03", "1970-03-02", DateLevel.Consistent, "year-month against a full date")]
    [InlineData("1970-01-01", "1970-06-12", DateLevel.Consistent, "1 January placeholder")]
    [InlineData("1970-03-02", "1970-02-03", DateLevel.TypicalError, "day and month swapped")]
    [InlineData("1970-03-02", "1971-03-02", DateLevel.TypicalError, "year off by one")]
    [InlineData("1970-03-02", "1970-03-07", DateLevel.TypicalError, "one digit wrong")]
    [InlineData("1970-03-12", "1970-03-21", DateLevel.TypicalError, "two adjacent digits transposed")]
    [InlineData("1970-03-02", "1970-03-27", DateLevel.TypicalError, "same year and month, another day")]
    [InlineData("1970-01-01", "1970-01-01", DateLevel.Consistent, "two 1 January placeholders agree only on the year")]
    [InlineData("1970-03-02", "1972-08-19", DateLevel.Different, "two full dates two years apart are two birthdays")]
    [InlineData("1990-03-10", "1991-05-10", DateLevel.Different, "two full dates 14 months apart")]
    [InlineData("1970", "1972-08-19", DateLevel.Near, "a year and a date two years apart")]
    [InlineData("1971-01-01", "1970-06-19", DateLevel.Near, "an estimated year (1 January) and a date a year apart")]
    [InlineData("1363", "1984", DateLevel.Consistent, "Solar Hijri 1363 began in 1984")]
    [InlineData("1363", "1985-02-10", DateLevel.Consistent, "Solar Hijri 1363 ended in March 1985")]
    [InlineData("1363", "1985-04-10", DateLevel.Near, "after Nowruz 1985 it is 1364")]
    [InlineData("1363", "1970-04-10", DateLevel.Different, "a Solar Hijri year far from the date")]
    [InlineData("1363-05-10", "1984-08-01", DateLevel.Exact, "a full Solar Hijri date is converted")]
    [InlineData("۱۳۶۳", "1984", DateLevel.Consistent, "Persian digits")]
    [InlineData("1970-03", "1970-05", DateLevel.Near, "same year, other month")]
    [InlineData("1984-03", "1985-05", DateLevel.Different, "two stated months 14 months apart are two birthdays")]
    [InlineData("1984-03-10", "1985-05", DateLevel.Different, "a date and a stated month 14 months apart")]
    [InlineData("1984-03", "1985-03", DateLevel.Near, "a stated month a year apart: the year may be off by one")]
    [InlineData("1984", "1985-05", DateLevel.Near, "a year alone may be off")]
    [InlineData("1984-03-10", "1985-03-17", DateLevel.Near, "adjacent years, same month, another day: two errors, not two birthdays")]
    [InlineData("1984-05-31", "1983-05-28", DateLevel.Near, "adjacent years, same month, a day the record could not hold")]
    [InlineData("1363-05-10", "1985-08-05", DateLevel.Near, "a full Solar Hijri date against the adjacent year's same month")]
    [InlineData("1984-03-10", "1985-04-10", DateLevel.Different, "adjacent years, another month: two birthdays")]
    [InlineData("1989-03-10", "1991-03-17", DateLevel.Different, "two years apart with the same month")]
    [InlineData("1970-03-02", "1985-11-19", DateLevel.Different, "different dates")]
    public void Compare_DatePairs_GiveTheExpectedLevel(string a, string b, DateLevel expected, string covers)
    {
        var x = BirthDate.Parse(a).Value;
        var y = BirthDate.Parse(b).Value;
        DateComparer.Compare(x, y).ShouldBe(expected, covers);
        DateComparer.Compare(y, x).ShouldBe(expected, covers + " (symmetric)");
    }

    [Theory]
    [InlineData("1970", 1970, 0, 0, "year only")]
    [InlineData("1970-03", 1970, 3, 0, "year and month")]
    [InlineData(" 1970-03-02 ", 1970, 3, 2, "full date with spaces")]
    [InlineData("19700302", 1970, 3, 2, "compact full date")]
    [InlineData("1970/03/02", 1970, 3, 2, "slashes")]
    public void Parse_ValidText_GivesDateWithPrecision(string text, int year, int month, int day, string covers)
    {
        var result = BirthDate.Parse(text);
        result.Success.ShouldBeTrue(covers);
        result.Value.ShouldBe(new BirthDate(year, month, day), covers);
    }

    [Theory]
    [InlineData("", "the date is empty")]
    [InlineData("70-03-02", "'70-03-02' is not a date of the form YYYY, YYYY-MM, YYYY-MM-DD or YYYYMMDD")]
    [InlineData("1970-13", "month 13 is outside 1–12")]
    [InlineData("1970-02-30", "day 30 does not exist in 1970-02")]
    [InlineData("1700", "year 1700 is outside 1800–2200")]
    [InlineData("1363-12-31", "day 31 does not exist in the Solar Hijri month 1363-12")]
    [InlineData("about 1970", "'about 1970' is not a date of the form YYYY, YYYY-MM, YYYY-MM-DD or YYYYMMDD")]
    public void Parse_InvalidText_FailsWithTheReason(string text, string error)
    {
        var result = BirthDate.Parse(text);
        result.Success.ShouldBeFalse();
        result.Error.ShouldBe(error);
    }
}
