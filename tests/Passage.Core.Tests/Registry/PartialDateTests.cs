using Passage.Core.Registry;

namespace Passage.Core.Tests.Registry;

public class PartialDateTests
{
    [Theory]
    [InlineData("1968", 1968, null, null)]
    [InlineData("1968-04", 1968, 4, null)]
    [InlineData("1968-04-09", 1968, 4, 9)]
    [InlineData(" 2000-02-29 ", 2000, 2, 29)]
    public void TryParse_KnownPrecision_KeepsOnlyWhatIsKnown(string text, int year, int? month, int? day)
    {
        PartialDate.TryParse(text, out var date, out var error).ShouldBeTrue();

        error.ShouldBeNull();
        (date.Year, date.Month, date.Day).ShouldBe((year, month, day));
        date.ToString().ShouldBe(text.Trim());
    }

    [Theory]
    [InlineData("", "Use YYYY, YYYY-MM or YYYY-MM-DD.")]
    [InlineData("09/04/1968", "Use YYYY, YYYY-MM or YYYY-MM-DD.")]
    [InlineData("1968-04-09-01", "Use YYYY, YYYY-MM or YYYY-MM-DD.")]
    [InlineData("1968--09", "Use YYYY, YYYY-MM or YYYY-MM-DD.")]
    [InlineData("١٩٦٨", "Use YYYY, YYYY-MM or YYYY-MM-DD.")]
    [InlineData("68", "The year must have four digits, between 1900 and 2100.")]
    [InlineData("1899", "The year must have four digits, between 1900 and 2100.")]
    [InlineData("1968-00", "The month must be between 01 and 12.")]
    [InlineData("1968-13-01", "The month must be between 01 and 12.")]
    [InlineData("1968-04-31", "That day does not exist in that month.")]
    [InlineData("1969-02-29", "That day does not exist in that month.")]
    public void TryParse_BadText_SaysWhatIsWrong(string text, string message)
    {
        PartialDate.TryParse(text, out _, out var error).ShouldBeFalse();

        error.ShouldBe(message);
    }

    [Theory]
    [InlineData("1968", 58)]
    [InlineData("1968-06", 58)]
    [InlineData("1968-11", 58)]
    [InlineData("1968-12", 57)]
    [InlineData("1968-11-23", 58)]
    [InlineData("1968-11-24", 57)]
    [InlineData("2026-11", 0)]
    public void AgeOn_PartialDate_CountsUnknownPartsAsTheMiddleOfThePeriod(string text, int age)
    {
        PartialDate.TryParse(text, out var date, out _).ShouldBeTrue();

        date.AgeOn(new DateOnly(2026, 11, 23)).ShouldBe(age);
    }

    [Theory]
    [InlineData("2026", false)]
    [InlineData("2026-11", false)]
    [InlineData("2026-12", true)]
    [InlineData("2026-11-24", true)]
    [InlineData("2027", true)]
    public void IsAfter_Today_OnlyWhenItMustBeLater(string text, bool after)
    {
        PartialDate.TryParse(text, out var date, out _).ShouldBeTrue();

        date.IsAfter(new DateOnly(2026, 11, 23)).ShouldBe(after);
    }
}
