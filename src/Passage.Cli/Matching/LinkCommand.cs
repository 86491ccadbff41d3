using System.CommandLine;

namespace Passage.Cli.Matching;

/// <summary><c>passage match link --left A.csv --right B.csv --output PAIRS.csv</c>: the same people across two files.</summary>
internal static class LinkCommand
{
    public static Command Create()
    {
        var left = new Option<FileInfo>("--left") { Description = "The first file of records (CSV, UTF-8).", Required = true };
        var right = new Option<FileInfo>("--right") { Description = "The second file of records (CSV, UTF-8).", Required = true };
        var output = new Option<FileInfo>("--output") { Description = "Pairs scored possible or match: id_a (left), id_b (right), score, decision.", Required = true };
        var command = new Command("link", "Find the records of two files that are the same person.");
        command.Options.Add(left);
        command.Options.Add(right);
        command.Options.Add(output);
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetValue(left)!, parseResult.GetValue(right)!, parseResult.GetValue(output)!,
            parseResult.InvocationConfiguration.Error, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(FileInfo left, FileInfo right, FileInfo output, TextWriter error, CancellationToken cancellationToken)
    {
        var a = RecordCsv.Read(left);
        if (!a.Success)
        {
            await error.WriteLineAsync(a.Describe(left.Name));
            return 2;
        }

        var b = RecordCsv.Read(right);
        if (!b.Success)
        {
            await error.WriteLineAsync(b.Describe(right.Name));
            return 2;
        }

        var attributes = a.Value!.AttributeNames.Intersect(b.Value!.AttributeNames, StringComparer.Ordinal).ToArray();
        var records = a.Value.Records.Select(r => Align(r, a.Value.AttributeNames, attributes))
            .Concat(b.Value.Records.Select(r => Align(r, b.Value.AttributeNames, attributes))).ToArray();
        return await PairMatching.RunAsync(records, a.Value.Records.Count, attributes, output, error, cancellationToken);
    }

    /// <summary>Keeps the attributes both files have, in one order.</summary>
    private static Passage.Matching.Records.PersonRecord Align(Passage.Matching.Records.PersonRecord record, IReadOnlyList<string> names, string[] common) =>
        record with { Attributes = [.. common.Select(c => record.Attributes![names.ToList().IndexOf(c)])] };
}
