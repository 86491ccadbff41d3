using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Passage.Core.Accounts;
using Passage.Core.Registry.Import;

namespace Passage.Cli.Commands;

/// <summary>
/// <c>passage import persons FILE [--as USER]</c>: registers the persons of a CSV or XLSX file, all or nothing. Without
/// <c>--as</c> the import runs as the command line with the registration role.
/// </summary>
public static class ImportCommand
{
    public static Command Create(Option<string?> database)
    {
        var file = new Argument<FileInfo>("FILE")
        {
            Description = $"A .csv (UTF-8) or .xlsx file whose first line names the columns. Required: {string.Join(", ", PersonColumns.Required)}. "
                + $"Optional: {string.Join(", ", PersonColumns.Importable.Except(PersonColumns.Required))}. BirthDate is YYYY, YYYY-MM or YYYY-MM-DD; "
                + $"Aliases and Needs (UNHCR codes) are separated by '{PersonColumns.ListSeparator}'; rows with the same FamilyKey form one new case.",
        };
        var actAs = new Option<string?>("--as") { Description = "User name or email of the user the import runs as." };

        var persons = new Command("persons", "Import persons from a file: every row is checked, and on any error nothing is imported.");
        persons.Arguments.Add(file);
        persons.Options.Add(actAs);
        persons.SetAction(async (parseResult, ct) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var path = parseResult.GetValue(file)!;
            if (await ImportFile.CheckAsync(path, error) is not { } format)
            {
                return ExitCodes.BadInput;
            }

            await using var services = await CliServices.StartAsync(DatabaseOption.Resolve(parseResult, database), ct);
            await using var scope = services.CreateAsyncScope();
            if (!await CliServices.ActAsAsync(scope.ServiceProvider, parseResult.GetValue(actAs), Roles.Registration, error))
            {
                return ExitCodes.BadInput;
            }

            await error.WriteLineAsync($"Reading {path.Name} ...");
            await using var stream = path.OpenRead();
            var result = await scope.ServiceProvider.GetRequiredService<ImportPersons>().ExecuteAsync(stream, format, new ConsoleProgress<string>(error, line => line), ct);
            if (!result.Succeeded)
            {
                await ProblemPrinter.WriteAsync(error, result.Problem!);
                return ExitCodes.BadInput;
            }

            var summary = result.Value;
            await output.WriteLineAsync($"Imported {summary.Persons} persons: {summary.NewCases} new cases, {summary.ExistingCases} existing cases joined.");
            return ExitCodes.Ok;
        });

        var import = new Command("import", "Import records from a file.");
        import.Subcommands.Add(persons);
        return import;
    }
}
