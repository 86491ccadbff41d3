using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Passage.Core.Exports;
using Passage.Core.Registry;

namespace Passage.Cli.Commands;

/// <summary>
/// <c>passage export persons --format csv|xlsx --output FILE --as USER</c>: writes the persons the named user may see,
/// with only the columns their roles may read, counting the rows on the error stream as it goes. The file appears only
/// when the export succeeded.
/// </summary>
public static class ExportCommand
{
    public static Command Create(Option<string?> database)
    {
        var format = new Option<string>("--format") { Description = "csv or xlsx.", Required = true };
        format.AcceptOnlyFromAmong("csv", "xlsx");
        var outputFile = new Option<FileInfo>("--output") { Description = "The file to write.", Required = true };
        var actAs = new Option<string>("--as") { Description = "User name or email of the user the export runs as; their roles choose the columns.", Required = true };

        var persons = new Command("persons", "Export persons with the columns the user may see.");
        persons.Options.Add(format);
        persons.Options.Add(outputFile);
        persons.Options.Add(actAs);
        persons.SetAction(async (parseResult, ct) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var target = parseResult.GetValue(outputFile)!;
            var userName = parseResult.GetValue(actAs)!;
            var fileFormat = parseResult.GetValue(format) == "xlsx" ? ExportFormat.Xlsx : ExportFormat.Csv;

            await using var services = await CliServices.StartAsync(DatabaseOption.Resolve(parseResult, database), ct);
            await using var scope = services.CreateAsyncScope();
            if (!await CliServices.ActAsUserAsync(scope.ServiceProvider, userName))
            {
                await error.WriteLineAsync($"No user named {userName}.");
                return ExitCodes.BadInput;
            }

            var partial = target.FullName + ".partial";
            var prepared = await scope.ServiceProvider.GetRequiredService<ExportPersons>().ExecuteAsync(new PersonFilter(), fileFormat, ct: ct);
            if (!prepared.Succeeded)
            {
                await ProblemPrinter.WriteAsync(error, prepared.Problem!);
                return ExitCodes.BadInput;
            }

            int rows;
            try
            {
                rows = await WriteAsync(prepared.Value, partial, new RowsWritten(error), ct);
            }
            catch
            {
                File.Delete(partial);
                throw;
            }

            File.Move(partial, target.FullName, overwrite: true);
            await output.WriteLineAsync($"Exported {rows} persons to {target.Name} with columns: {string.Join(", ", prepared.Value.Columns)}.");
            return ExitCodes.Ok;
        });

        var export = new Command("export", "Export records to a file.");
        export.Subcommands.Add(persons);
        return export;
    }

    private static async Task<int> WriteAsync(ExportFile export, string path, IProgress<int> progress, CancellationToken ct)
    {
        await using var stream = File.Create(path);
        return await export.WriteAsync(stream, progress, ct);
    }

    /// <summary>Counts the rows on the error stream as they are written, so a long export shows it is moving.</summary>
    private sealed class RowsWritten(TextWriter error) : IProgress<int>
    {
        public void Report(int value) => error.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{value:N0} persons written"));
    }
}
