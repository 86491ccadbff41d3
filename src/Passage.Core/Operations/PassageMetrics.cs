using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Passage.Core.Operations;

/// <summary>
/// The instruments of the meter named <see cref="MeterName"/>: what the matching engine, the duplicate scan and the database do,
/// readable with <c>dotnet-counters monitor --counters Passage</c> and exported by OpenTelemetry when configured.
/// No measurement carries personal data: tags name kinds of work, never records.
/// </summary>
public static class PassageMetrics
{
    public const string MeterName = "Passage";

    public static readonly Meter Meter = new(MeterName);

    /// <summary>How long one search of the registry index took, tagged <c>passage.matching.kind</c> = search or identity.</summary>
    public static readonly Histogram<double> MatchingDuration = Meter.CreateHistogram<double>(
        "passage.matching.duration", "ms", "Time to search the registry's matching index once.");

    /// <summary>Persons the duplicate scan has searched for their duplicates; its rate is the scan's progress.</summary>
    public static readonly Counter<long> DuplicateScanPersonsSearched = Meter.CreateCounter<long>(
        "passage.duplicate_scan.persons_searched", "{person}", "Persons the duplicate scan has searched.");

    /// <summary>
    /// How long one database command took, tagged <c>passage.db.provider</c> (sqlite, postgresql) and
    /// <c>passage.db.command</c> (reader, non_query, scalar); a reader's time runs until its rows are read.
    /// </summary>
    public static readonly Histogram<double> DatabaseCommandDuration = Meter.CreateHistogram<double>(
        "passage.db.command.duration", "ms", "Time one database command took, its rows read.");

    /// <summary>Records the time since <paramref name="started"/> (a <see cref="Stopwatch"/> timestamp) as one matching search.</summary>
    public static void RecordMatching(long started, bool identity) =>
        MatchingDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, new KeyValuePair<string, object?>("passage.matching.kind", identity ? "identity" : "search"));
}
