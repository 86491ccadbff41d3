using Passage.Core.Common;

namespace Passage.Core.Protection;

/// <summary>A walk-out as entered: the date they left, where they are now, what they ask for, the responsible officer's user name.</summary>
public sealed record WalkOutDetails(DateOnly? LeftOn, string? Whereabouts, IReadOnlyList<WalkOutAsks>? Asks, string? ResponsibleOfficer)
{
    public const int WhereaboutsLength = 500;

    public Result<ValidWalkOutDetails> Validate(DateOnly today)
    {
        var errors = new ValidationErrors();
        if (LeftOn is not { } leftOn)
        {
            errors.Add(nameof(LeftOn), "Give the date they left the camp.");
        }
        else
        {
            OperationDates.CheckPast(leftOn, today, nameof(LeftOn), errors);
        }

        var whereabouts = TextRules.FreeText(Whereabouts, nameof(Whereabouts), errors, WhereaboutsLength);
        if (string.IsNullOrWhiteSpace(Whereabouts))
        {
            errors.Add(nameof(Whereabouts), "Say where they are now (the protected facility).");
        }

        var asks = (Asks ?? []).Aggregate(WalkOutAsks.None, (all, a) => all | a);
        if (asks == WalkOutAsks.None || (Asks ?? []).Any(a => !WalkOutAskLabels.Each.Contains(a)))
        {
            errors.Add(nameof(Asks), "Choose what they ask for: resettlement, return, contact with family.");
        }

        if (string.IsNullOrWhiteSpace(ResponsibleOfficer))
        {
            errors.Add(nameof(ResponsibleOfficer), "Name the protection officer responsible.");
        }

        return errors.Any ? errors.ToProblem() : new ValidWalkOutDetails(LeftOn!.Value, whereabouts!, asks, ResponsibleOfficer!.Trim());
    }
}

public sealed record ValidWalkOutDetails(DateOnly LeftOn, string Whereabouts, WalkOutAsks Asks, string ResponsibleOfficer);
