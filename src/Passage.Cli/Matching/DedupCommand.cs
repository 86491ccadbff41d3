using System.CommandLine;

namespace Passage.Cli.Matching;

/// <summary><c>passage match dedup --input RECORDS.csv --output PAIRS.csv</c>: the likely duplicates within one file.</summary>
internal static class DedupCommand
{
    public static Command Create()
    {
        var input = new Option<FileInfo>("--input") { Description = "Records (CSV, UTF-8) with id or rec_id and name columns.", Required = true };
        var output = new Option<FileInfo>("--output") { Description = "Pairs scored possible or match: id_a,id_b,score,decision.", Required = true };
        var command = new Command("dedup", "Find the records of one file that are the same person.");
        command.Options.Add(input);
        command.Options.Add(output);
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetValue(input)!, parseResult.GetValue(output)!, parseResult.InvocationConfiguration.Error, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(FileInfo input, FileInfo output, TextWriter error, CancellationToken cancellationToken)
    {
        var file = RecordCsv.Read(input);
        if (!file.Success)
        {
            await error.WriteLineAsync(file.Describe(input.Name));
            return 2;
        }

        return await PairMatching.RunAsync(file.Value!.Records, null, file.Value.AttributeNames, output, error, cancellationToken);
    }
}
