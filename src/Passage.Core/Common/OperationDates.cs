namespace Passage.Core.Common;

/// <summary>
/// The range of dates the operation's records can hold: nothing before <see cref="Earliest"/>, nothing that happened after
/// today, and nothing planned more than <see cref="YearsAhead"/> years ahead. Refuses typing slips such as 1800 or 2099.
/// </summary>
public static class OperationDates
{
    public static readonly DateOnly Earliest = new(1990, 1, 1);

    public const int YearsAhead = 10;

    /// <summary>Adds a message for <paramref name="field"/> unless <paramref name="date"/> is a day that has come, from <see cref="Earliest"/> to today.</summary>
    public static void CheckPast(DateOnly date, DateOnly today, string field, ValidationErrors errors, string future = "The date cannot be in the future.")
    {
        if (date < Earliest)
        {
            errors.Add(field, "The date cannot be before 1990.");
        }
        else if (date > today)
        {
            errors.Add(field, future);
        }
    }

    /// <summary>Adds a message for <paramref name="field"/> unless <paramref name="date"/> is from <see cref="Earliest"/> to <see cref="YearsAhead"/> years from today.</summary>
    public static void CheckPlanned(DateOnly date, DateOnly today, string field, ValidationErrors errors)
    {
        if (date < Earliest)
        {
            errors.Add(field, "The date cannot be before 1990.");
        }
        else if (date > today.AddYears(YearsAhead))
        {
            errors.Add(field, "The date cannot be more than ten years ahead.");
        }
    }

    /// <summary>One past date checked on its own: null, or the field's problem.</summary>
    public static Problem? PastProblem(DateOnly date, DateOnly today, string field, string future = "The date cannot be in the future.")
    {
        var errors = new ValidationErrors();
        CheckPast(date, today, field, errors, future);
        return errors.Any ? errors.ToProblem() : null;
    }
}
