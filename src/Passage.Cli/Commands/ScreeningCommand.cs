using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Registry.Import;
using Passage.Core.Screening;
using Passage.Matching.Scoring;

namespace Passage.Cli.Commands;

/// <summary>
/// <c>passage screening import --file F --name N --source S --date D --reference R [--list ID] [--threshold T] [--as USER]</c>
/// imports a screening list, or with <c>--list</c> a newer version of one, through the use case the screening page uses, then
/// screens the registry against it and prints what the version added, removed and changed. <c>passage screening lists</c>
/// prints each list with its entries, hits, adjudicated, pending and false-match rate. Without <c>--as</c> both run as the
/// command line with the security role.
/// </summary>
public static class ScreeningCommand
{
    public static Command Create(Option<string?> database)
    {
        var screening = new Command("screening", "Screening lists: import a list or a newer version of one, and the lists' metrics.");
        screening.Subcommands.Add(Import(database));
        screening.Subcommands.Add(Lists(database));
        return screening;
    }

    private static Option<string?> ActAs() => new("--as") { Description = "User name or email of the security officer the command runs as." };

    private static Command Import(Option<string?> database)
    {
        var file = new Option<FileInfo>("--file")
        {
            Description = $"A .csv (UTF-8) or .xlsx file whose first line names the columns: {string.Join(", ", ListFileParser.Columns)} "
                + $"({ListFileParser.Reference} and {ListFileParser.Name} required; aliases separated by ';'; a birth date is YYYY, YYYY-MM or YYYY-MM-DD).",
            Required = true,
        };
        var name = new Option<string>("--name") { Description = "The list's name.", Required = true };
        var source = new Option<string>("--source") { Description = "Who published the list.", Required = true };
        var date = new Option<string>("--date") { Description = "The date of this version of the list (YYYY-MM-DD).", Required = true };
        var reference = new Option<string>("--reference") { Description = "The list's reference (its number or address).", Required = true };
        var list = new Option<Guid?>("--list") { Description = "The id of a list already imported (see 'passage screening lists'): the file is a newer version of it." };
        var threshold = new Option<double?>("--threshold") { Description = $"The likelihood from which a pair is a hit, 0.01 to 0.99 (default {ListScreening.PossibleThreshold.ToString(CultureInfo.InvariantCulture)})." };
        var actAs = ActAs();

        var import = new Command("import", "Import a screening list (all or nothing), print what it added, removed and changed, and screen the registry against it.");
        foreach (var option in new Option[] { file, name, source, date, reference, list, threshold, actAs })
        {
            import.Options.Add(option);
        }

        import.SetAction(async (parseResult, ct) =>
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
            if (!await CliServices.ActAsAsync(scope.ServiceProvider, parseResult.GetValue(actAs), Roles.Security, error))
            {
                return ExitCodes.BadInput;
            }

            await error.WriteLineAsync($"Reading {path.Name} ...");
            await using var stream = path.OpenRead();
            var details = new ListDetails(parseResult.GetValue(name), parseResult.GetValue(source), parseResult.GetValue(reference), parseResult.GetValue(date), parseResult.GetValue(threshold));
            var result = await scope.ServiceProvider.GetRequiredService<ImportScreeningList>()
                .ExecuteAsync(parseResult.GetValue(list), details, stream, format, new ConsoleProgress<string>(error, line => line), ct);
            if (!result.Succeeded)
            {
                await ProblemPrinter.WriteAsync(error, result.Problem!);
                return ExitCodes.BadInput;
            }

            var imported = result.Value;
            await output.WriteLineAsync($"Version {imported.Revision + 1} of list {imported.ListId} imported: {imported.Added.Count} added, {imported.Removed.Count} removed, {imported.Changed.Count} changed.");
            foreach (var (what, references) in new[] { ("Added", imported.Added), ("Removed", imported.Removed), ("Changed", imported.Changed) })
            {
                foreach (var entry in references)
                {
                    await output.WriteLineAsync($"{what}\t{entry}");
                }
            }

            var screened = imported.Screening;
            await output.WriteLineAsync($"The registry was screened: {screened.Persons} persons against {screened.Entries} entries, {screened.NewHits} new hits.");
            return ExitCodes.Ok;
        });
        return import;
    }

    private static Command Lists(Option<string?> database)
    {
        var actAs = ActAs();
        var lists = new Command("lists", "The screening lists, one a line: entries, hits, adjudicated, pending and the share of adjudicated hits found false.");
        lists.Options.Add(actAs);
        lists.SetAction(async (parseResult, ct) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            await using var services = await CliServices.StartAsync(DatabaseOption.Resolve(parseResult, database), ct);
            await using var scope = services.CreateAsyncScope();
            if (!await CliServices.ActAsAsync(scope.ServiceProvider, parseResult.GetValue(actAs), Roles.Security, error))
            {
                return ExitCodes.BadInput;
            }

            var actor = scope.ServiceProvider.GetRequiredService<Actor>();
            if (!actor.Can(Permission.ScreenAgainstLists))
            {
                await error.WriteLineAsync("Only the security team may see screening lists.");
                return ExitCodes.BadInput;
            }

            var listing = scope.ServiceProvider.GetRequiredService<ListScreeningLists>();
            var views = new List<ScreeningListView>();
            for (var number = 1; ; number++)
            {
                var page = (await listing.ExecuteAsync(number, Paging.MaxSize, ct)).Value;
                views.AddRange(page.Items);
                if (views.Count >= page.Total || page.Items.Count == 0)
                {
                    break;
                }
            }

            await output.WriteLineAsync("Id\tName\tSource\tReference\tDate\tVersion\tEntries\tHits\tAdjudicated\tPending\tFalse-match rate");
            foreach (var v in views)
            {
                var rate = v.FalseMatchRate is { } r ? r.ToString("0.00", CultureInfo.InvariantCulture) : "-";
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{v.Id}\t{v.Name}\t{v.Source}\t{v.Reference}\t{v.ListDate:yyyy-MM-dd}\t{v.Revision + 1}\t{v.Entries}\t{v.Hits}\t{v.Adjudicated}\t{v.Pending}\t{rate}"));
            }

            await error.WriteLineAsync($"{views.Count} lists.");
            return ExitCodes.Ok;
        });
        return lists;
    }
}
