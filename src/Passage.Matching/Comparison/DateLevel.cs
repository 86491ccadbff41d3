namespace Passage.Matching.Comparison;

/// <summary>Agreement levels of two dates of birth, best first.</summary>
public enum DateLevel : byte
{
    /// <summary>Two full dates, equal, and not the 1 January placeholder.</summary>
    Exact = 0,

    /// <summary>Equal as far as the less precise one goes (year only, year-month), or a 1 January placeholder in the same year (two placeholders included: they agree only on the year).</summary>
    Consistent = 1,

    /// <summary>A typical error: day and month swapped, year off by one with the same day and month, one digit wrong or two adjacent digits transposed, or the same year and month with another day.</summary>
    TypicalError = 2,

    /// <summary>Years at most two apart, one date at least not a real full date (a year, a month, or a 1 January placeholder), and not two stated months more than a year apart; or two full dates in adjacent years with the same month (the year and the day both off).</summary>
    Near = 3,

    /// <summary>Different.</summary>
    Different = 4,
}
