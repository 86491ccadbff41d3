using System.Globalization;
using Passage.Matching.Blocking;
using Passage.Matching.Linking;
using Passage.Matching.Normalisation;
using Passage.Matching.Records;
using Passage.Matching.Scoring;

namespace Passage.Cli.Matching;

/// <summary>
/// The work shared by <c>dedup</c> and <c>link</c>: prepare, block, estimate the model from the data
/// (or, for fewer than <see cref="MinimumToLearn"/> records, use the stored parameters on name, father,
/// birth and sex), score, and write every pair scored possible or match.
/// </summary>
internal static class PairMatching
{
    public const int MinimumToLearn = 500;

    public static async Task<int> RunAsync(IReadOnlyList<PersonRecord> records, int? leftCount, IReadOnlyList<string> attributes,
        FileInfo output, TextWriter error, CancellationToken cancellationToken)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var prepared = new PreparedRecord[records.Count];
        var names = new PreparedNamePool();
        Parallel.For(0, records.Count, i => prepared[i] = PreparedRecord.From(records[i], names));
        names = null;
        var preparing = clock.Elapsed;
        var index = BlockIndex.Build(prepared, Matcher.CapFor(prepared.Length), leftCount);
        var blocking = clock.Elapsed;
        MatchModel model;
        Learning? learning = null;
        if (records.Count >= MinimumToLearn)
        {
            learning = Matcher.Learn(prepared, FieldSchema.For(prepared, attributes), index);
            model = learning.Model;
            foreach (var warning in learning.Warnings)
            {
                await error.WriteLineAsync(warning);
            }
        }
        else
        {
            await error.WriteLineAsync($"{records.Count} records are too few to learn from: using the stored parameters (name, father, birth, sex).");
            model = ModelParameters.Default.ToModel();
        }

        var learnt = clock.Elapsed;
        var pairs = Matcher.Run(prepared, index, model, out var compared, ProgressBar.For(error, "scoring"), cancellationToken);
        await using (var csv = CsvText.Create(output))
        {
            csv.WriteRecord(["id_a", "id_b", "score", "decision"]);
            foreach (var pair in pairs)
            {
                csv.WriteRecord([prepared[pair.A].Id, prepared[pair.B].Id, Decisions.Score(pair.Probability), Decisions.Text(pair.Decision)]);
            }
        }

        var scoring = clock.Elapsed;
        var matches = pairs.Count(p => p.Decision == MatchDecision.Match);
        await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"prepare {preparing.TotalSeconds:F1} s, block {(blocking - preparing).TotalSeconds:F1} s, learn {(learnt - blocking).TotalSeconds:F1} s, score {(scoring - learnt).TotalSeconds:F1} s, write {(clock.Elapsed - scoring).TotalSeconds:F1} s."));
        await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{records.Count} records, {compared} pairs compared: {matches} matches, {pairs.Count - matches} possible matches written to {output.Name}."));
        if (learning?.Shortfall(pairs.Count, records.Count) is { } shortfall)
        {
            await error.WriteLineAsync(shortfall);
        }

        return 0;
    }
}
