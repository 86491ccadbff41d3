using System.CommandLine;
using Passage.Matching.Comparison;
using Passage.Matching.Records;
using Passage.Matching.Scoring;

namespace Passage.Cli.Matching;

/// <summary>
/// <c>passage match score --input PAIRS.csv --output SCORES.csv</c>: scores given pairs with the
/// parameters stored with the engine (estimated on the synthetic registry), calibrated for pairs that look alike
/// (<see cref="PairScoring"/>). Input header
/// <c>id,name_a,name_b</c> and optionally <c>birth_a,birth_b,father_a,father_b,sex_a,sex_b</c>;
/// output <c>id,score,decision</c>, one line per input pair, in input order.
/// </summary>
internal static class ScoreCommand
{
    public static Command Create()
    {
        var input = new Option<FileInfo>("--input") { Description = "Pairs (CSV, UTF-8): id,name_a,name_b[,birth_a,birth_b,father_a,father_b,sex_a,sex_b].", Required = true };
        var output = new Option<FileInfo>("--output") { Description = "Scores: id,score,decision.", Required = true };
        var command = new Command("score", "Score pairs of people with the stored parameters.");
        command.Options.Add(input);
        command.Options.Add(output);
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetValue(input)!, parseResult.GetValue(output)!, parseResult.InvocationConfiguration.Error, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(FileInfo input, FileInfo output, TextWriter error, CancellationToken cancellationToken)
    {
        var pairs = Read(input);
        if (!pairs.Success)
        {
            await error.WriteLineAsync(pairs.Describe(input.Name));
            return 2;
        }

        var model = PairScoring.Model(ModelParameters.Default);
        var list = pairs.Value!;
        var results = new (double Probability, MatchDecision Decision)[list.Count];
        Parallel.For(0, list.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var p = MatchModel.Probability(model.LogOdds(PreparedRecord.From(list[i].A), PreparedRecord.From(list[i].B)));
            results[i] = (p, model.Decide(p));
        });

        await using var csv = CsvText.Create(output);
        csv.WriteRecord(["id", "score", "decision"]);
        for (var i = 0; i < list.Count; i++)
        {
            csv.WriteRecord([list[i].Id, Decisions.Score(results[i].Probability), Decisions.Text(results[i].Decision)]);
        }

        return 0;
    }

    private static ParseOutcome<List<(string Id, PersonRecord A, PersonRecord B)>> Read(FileInfo input)
    {
        var text = CsvText.Read(input);
        if (!text.Success)
        {
            return ParseOutcome<List<(string, PersonRecord, PersonRecord)>>.Fail(text.Line, text.Error!);
        }

        using var csv = CsvText.Open(text.Value);
        csv.ReadHeader();
        var header = csv.Headers.Select(h => h.Trim().ToLowerInvariant()).ToArray();
        int Column(string name) => Array.IndexOf(header, name);
        foreach (var required in new[] { "id", "name_a", "name_b" })
        {
            if (Column(required) < 0)
            {
                return ParseOutcome<List<(string, PersonRecord, PersonRecord)>>.Fail(1, $"no {required} column (the header must have id,name_a,name_b)");
            }
        }

        var result = new List<(string, PersonRecord, PersonRecord)>();
        while (csv.Read())
        {
            var line = (int)csv.LineNumber;
            if (csv.FieldCount != header.Length)
            {
                return ParseOutcome<List<(string, PersonRecord, PersonRecord)>>.Fail(line, $"expected {header.Length} fields, found {csv.FieldCount}");
            }

            string Field(string name) => Column(name) < 0 ? string.Empty : csv.GetString(Column(name)).Trim();
            var id = Field("id");
            if (id.Length == 0)
            {
                return ParseOutcome<List<(string, PersonRecord, PersonRecord)>>.Fail(line, "the id is empty");
            }

            var sides = new PersonRecord[2];
            foreach (var (side, suffix) in new[] { (0, "_a"), (1, "_b") })
            {
                var birth = Field("birth" + suffix);
                BirthDate? date = null;
                if (birth.Length > 0)
                {
                    var parsed = BirthDate.Parse(birth);
                    if (!parsed.Success)
                    {
                        return ParseOutcome<List<(string, PersonRecord, PersonRecord)>>.Fail(line, $"birth{suffix}: {parsed.Error}");
                    }

                    date = parsed.Value;
                }

                var sex = SexParser.Parse(Field("sex" + suffix));
                if (!sex.Success)
                {
                    return ParseOutcome<List<(string, PersonRecord, PersonRecord)>>.Fail(line, $"sex{suffix}: {sex.Error}");
                }

                var father = Field("father" + suffix);
                sides[side] = new PersonRecord(id + suffix, Name: Field("name" + suffix), Birth: date,
                    Father: father.Length == 0 ? null : father, Sex: sex.Value);
            }

            result.Add((id, sides[0], sides[1]));
        }

        return ParseOutcome<List<(string, PersonRecord, PersonRecord)>>.Ok(result);
    }
}
