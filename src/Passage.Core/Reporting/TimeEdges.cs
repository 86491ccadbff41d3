using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Passage.Core.Reporting;

/// <summary>A point in time that rows are counted after: strictly after it, or from it on (<paramref name="Inclusive"/>).</summary>
public readonly record struct TimeEdge(DateTimeOffset At, bool Inclusive)
{
    public static TimeEdge After(DateTimeOffset at) => new(at, false);

    /// <summary>The start of a day (UTC), counting what happened on that day and later.</summary>
    public static TimeEdge FromDay(DateOnly day) => new(new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), true);
}

/// <summary>
/// Counts, for each of a set of edges, the times that come after it, in one grouped query: the database returns one row per
/// band between neighbouring edges, never one row per time counted.
/// </summary>
public static class TimeEdges
{
    public static async Task<IReadOnlyDictionary<TimeEdge, int>> CountAfterAsync(
        IQueryable<DateTimeOffset> times, IEnumerable<TimeEdge> edges, CancellationToken ct)
    {
        // For one instant, "from it on" passes more times than "after it", so it is the lower edge.
        var ordered = new Ordered(edges.Distinct().OrderBy(e => e.At).ThenBy(e => e.Inclusive ? 0 : 1).ToArray());
        var bands = await times.Select(BandOf(ordered)).GroupBy(b => b).Select(g => new { Band = g.Key, Count = g.Count() }).ToListAsync(ct);
        return ordered.Edges.Select((edge, i) => (edge, bands.Where(b => b.Band > i).Sum(b => b.Count))).ToDictionary(x => x.edge, x => x.Item2);
    }

    /// <summary>
    /// How many edges a time has passed, as one CASE the database evaluates: t ↦ n if it passed the last edge, else n - 1 if
    /// it passed the one before, … else 0. Edges are read as query parameters, so the SQL is the same for every call.
    /// </summary>
    private static Expression<Func<DateTimeOffset, int>> BandOf(Ordered ordered)
    {
        var time = Expression.Parameter(typeof(DateTimeOffset), "t");
        var values = Expression.Field(Expression.Constant(ordered), nameof(Ordered.Values));
        Expression band = Expression.Constant(0);
        for (var i = 0; i < ordered.Edges.Length; i++)
        {
            var edge = Expression.ArrayIndex(values, Expression.Constant(i));
            var passed = ordered.Edges[i].Inclusive ? Expression.GreaterThanOrEqual(time, edge) : Expression.GreaterThan(time, edge);
            band = Expression.Condition(passed, Expression.Constant(i + 1), band);
        }

        return Expression.Lambda<Func<DateTimeOffset, int>>(band, time);
    }

    private sealed class Ordered(TimeEdge[] edges)
    {
        public readonly TimeEdge[] Edges = edges;

        public readonly DateTimeOffset[] Values = [.. edges.Select(e => e.At)];
    }
}
