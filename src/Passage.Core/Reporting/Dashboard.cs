using Passage.Core.Cases;

namespace Passage.Core.Reporting;

/// <summary>
/// The operation's figures, in persons unless named otherwise. For a country delegate (<see cref="Country"/> set) only
/// their country's: the camp-wide series, walk-outs, returns and the forecast are null.
/// </summary>
public sealed record Dashboard(
    string? Country,
    DateOnly Today,
    IReadOnlyList<RemainingPoint>? Remaining,
    IReadOnlyList<DeparturesInMonth> Departures,
    IReadOnlyList<PledgeFigures> Pledges,
    IReadOnlyList<StageFigures> Pipeline,
    int NoShows,
    int? WalkOuts,
    int? Returns,
    CampForecast? Forecast);

/// <summary>Residents in the camp at the end of a week.</summary>
public sealed record RemainingPoint(DateOnly Week, int Residents);

/// <summary>Persons who departed to a country in a month (yyyy-MM).</summary>
public sealed record DeparturesInMonth(string Month, string Country, int Persons);

/// <summary>A country's pledged places and where the persons under them are.</summary>
public sealed record PledgeFigures(string Country, int Pledged, int Referred, int Accepted, int Departed, int Arrived, int Remaining);

/// <summary>Cases at one stage of their life, with how long they have waited there (days).</summary>
public sealed record StageFigures(CaseStatus Stage, int Cases, int Persons, double? MedianDays, double? Percentile90Days);
