using Passage.Core.Reporting;

namespace Passage.Core.Tests.Reporting;

/// <summary>The forecast of when the camp empties, on hand-made histories of departures.</summary>
public class CampForecastTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    [Fact]
    public void Make_SteadyDepartures_GivesOneDateAsItsWholeRange()
    {
        // Ten persons leave every day for eight weeks: 70 a week.
        var history = Enumerable.Range(1, 56).ToDictionary(d => Today.AddDays(-d), _ => 10);

        var forecast = CampForecast.Make(700, history, Today);

        forecast.WeeklyRate.ShouldBe(70);
        (forecast.Earliest, forecast.Likely, forecast.Latest).ShouldBe((Today.AddDays(70), Today.AddDays(70), Today.AddDays(70)));
        forecast.Assumptions[0].ShouldBe("Residents keep leaving at the average of the last 8 full weeks: 70 persons a week.");
    }

    [Fact]
    public void Make_UnevenBatches_GivesARangeAroundTheAverage()
    {
        // A batch of 155 every other week, on the Tuesday: 77.5 a week on average.
        var history = Enumerable.Range(0, 4).ToDictionary(w => Today.AddDays(-3 - (w * 14)), _ => 155);

        var forecast = CampForecast.Make(620, history, Today);

        forecast.WeeklyRate.ShouldBe(77.5);
        forecast.FastRate.ShouldBe(77.5 + 82.85, 0.01);
        forecast.Likely.ShouldBe(Today.AddDays(56));
        forecast.Earliest.ShouldBe(Today.AddDays(28));
        forecast.Latest.ShouldBeNull();
        forecast.Assumptions.ShouldContain("At the slow edge of the range nobody leaves, so the range has no latest date.");
    }

    [Fact]
    public void Make_SpreadBelowTheAverage_BoundsBothEnds()
    {
        var weekly = new[] { 60, 80, 70, 90, 50, 70, 80, 60 };
        var history = weekly.Select((n, w) => (Day: Today.AddDays(-1 - (w * 7)), n)).ToDictionary(x => x.Day, x => x.n);

        var forecast = CampForecast.Make(1400, history, Today);

        forecast.WeeklyRate.ShouldBe(70);
        var spread = Math.Sqrt(1200.0 / 7);
        forecast.SlowRate.ShouldBe(70 - spread, 1e-9);
        forecast.Earliest!.Value.ShouldBeLessThan(forecast.Likely!.Value);
        forecast.Likely.ShouldBe(Today.AddDays(140));
        forecast.Latest!.Value.ShouldBeGreaterThan(forecast.Likely.Value);
        forecast.Latest.ShouldBe(Today.AddDays((int)Math.Ceiling(1400 / (70 - spread) * 7)));
    }

    [Fact]
    public void Make_NobodyLeftLately_SaysTheCampDoesNotEmptyAtThatRate()
    {
        var history = new Dictionary<DateOnly, int> { [Today.AddDays(-80)] = 280, [Today] = 40 };

        var forecast = CampForecast.Make(500, history, Today);

        forecast.Empties.ShouldBeFalse();
        (forecast.Earliest, forecast.Latest).ShouldBe((null, null));
        forecast.Assumptions.ShouldContain("Nobody left in the last 8 weeks: at that rate the camp does not empty.");
    }
}
