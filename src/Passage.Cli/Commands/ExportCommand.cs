using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Passage.Core.Registry.Export;
using Passage.Core.Registry.Import;

namespace Passage.Cli.Commands;

/// <summary>
/// <c>passage export persons --format csv|xlsx --output FILE --as USER</c>: writes the persons the named user may see,
/// with only the columns their roles may read. The file appears only when the export succeeded.
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
            var fileFormat = parseResult.GetValue(format) == "xlsx" ? PersonFileFormat.Xlsx : PersonFileFormat.Csv;

            await using var services = await CliServices.StartAsync(DatabaseOption.Resolve(parseResult, database), ct);
            await using var scope = services.CreateAsyncScope();
            if (!await CliServices.ActAsUserAsync(scope.ServiceProvider, userName))
            {
                await error.WriteLineAsync($"No user named {userName}.");
                return ExitCodes.BadInput;
            }

            var partial = target.FullName + ".partial";
            var result = await WriteAsync(scope.ServiceProvider.GetRequiredService<ExportPersons>(), fileFormat, partial, ct);
            if (!result.Succeeded)
            {
                File.Delete(partial);
                await ProblemPrinter.WriteAsync(error, result.Problem!);
                return ExitCodes.BadInput;
            }

            File.Move(partial, target.FullName, overwrite: true);
            await output.WriteLineAsync($"Exported {result.Value.Persons} persons to {target.Name} with columns: {string.Join(", ", result.Value.Fields)}.");
            return ExitCodes.Ok;
        });

        var export = new Command("export", "Export records to a file.");
        export.Subcommands.Add(persons);
        return export;
    }

    private static async Task<Passage.Core.Common.Result<ExportSummary>> WriteAsync(ExportPersons export, PersonFileFormat format, string path, CancellationToken ct)
    {
        await using var stream = File.Create(path);
        return await export.ExecuteAsync(format, stream, ct);
    }
}
