using System.CommandLine;
using System.Globalization;
using Passage.Matching.Comparison;
using Passage.Matching.Linking;
using Passage.Matching.Records;
using Passage.Matching.Scoring;

namespace Passage.Cli.Matching;

/// <summary>
/// <c>passage match search --records RECORDS.csv --name "…" [--birth …] [--top 10] [--explain]</c>: the
/// records most likely to be the person sought, ranked by score, with the stored parameters.
/// </summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var records = new Option<FileInfo>("--records") { Description = "Records to search (CSV, UTF-8), as for dedup.", Required = true };
        var name = new Option<string>("--name") { Description = "The name sought, in any script.", Required = true };
        var birth = new Option<string?>("--birth") { Description = "Date of birth: YYYY, YYYY-MM, YYYY-MM-DD or YYYYMMDD." };
        var father = new Option<string?>("--father") { Description = "The father's name." };
        var top = new Option<int>("--top") { Description = "How many records to show.", DefaultValueFactory = _ => 10 };
        var explain = new Option<bool>("--explain") { Description = "Show each field's level and weight." };
        var command = new Command("search", "Search records by name, in any script and spelling.");
        foreach (var option in new Option[] { records, name, birth, father, top, explain })
        {
            command.Options.Add(option);
        }

        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetValue(records)!, parseResult.GetValue(name)!, parseResult.GetValue(birth), parseResult.GetValue(father),
            parseResult.GetValue(top), parseResult.GetValue(explain),
            parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error));
        return command;
    }

    public static async Task<int> RunAsync(FileInfo recordsFile, string name, string? birth, string? father, int top, bool explain,
        TextWriter output, TextWriter error)
    {
        BirthDate? date = null;
        if (!string.IsNullOrWhiteSpace(birth))
        {
            var parsed = BirthDate.Parse(birth);
            if (!parsed.Success)
            {
                await error.WriteLineAsync($"--birth: {parsed.Error}");
                return 2;
            }

            date = parsed.Value;
        }

        if (top < 1)
        {
            await error.WriteLineAsync("--top must be at least 1");
            return 2;
        }

        var file = RecordCsv.Read(recordsFile);
        if (!file.Success)
        {
            await error.WriteLineAsync(file.Describe(recordsFile.Name));
            return 2;
        }

        var prepared = file.Value!.Records.AsParallel().AsOrdered().Select(PreparedRecord.From).ToArray();
        var model = ModelParameters.Default.ToModel();
        var index = SearchIndex.Build(prepared, model);
        var query = PreparedRecord.From(new PersonRecord("query", Name: name, Birth: date, Father: father));
        var hits = index.Search(query, top);
        await output.WriteLineAsync("rank\tid\tscore\tdecision\tname\tbirth");
        for (var i = 0; i < hits.Count; i++)
        {
            var record = file.Value.Records[hits[i].Record];
            var shownName = record.Name ?? string.Join(' ', new[] { record.GivenName, record.FamilyName }.Where(s => s is not null));
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{i + 1}\t{record.Id}\t{Decisions.Score(hits[i].Probability)}\t{Decisions.Text(model.Decide(hits[i].Probability))}\t{shownName}\t{record.Birth}"));
            if (explain)
            {
                var result = model.Score(query, prepared[hits[i].Record]);
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"\tprior\t{result.PriorWeight:+0.00;-0.00} bits"));
                foreach (var field in result.Explanation)
                {
                    await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"\t{field.Field}\t{field.LevelName}\t{field.Weight:+0.00;-0.00} bits{(field.TermFrequencyAdjustment != 0 ? $" (frequency {field.TermFrequencyAdjustment:+0.00;-0.00})" : string.Empty)}"));
                }
            }
        }

        if (hits.Count == 0)
        {
            await error.WriteLineAsync("No record shares a name key with the query.");
        }

        return 0;
    }
}
