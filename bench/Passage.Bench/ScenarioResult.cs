using Passage.Testing;

namespace Passage.Bench;

/// <summary>The latencies of one kind of request on one database, in milliseconds.</summary>
internal sealed record ScenarioResult(DatabaseProvider Provider, string Scenario, IReadOnlyList<double> Milliseconds)
{
    public double Percentile(double p)
    {
        var sorted = Milliseconds.Order().ToArray();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }
}
