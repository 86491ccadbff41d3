using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Passage.Core.Retention;

namespace Passage.Cli.Commands;

/// <summary>
/// <c>passage retention [--dry-run]</c>: for each kind of record, how many records' retention period has ended and the oldest
/// clock start among them; without <c>--dry-run</c> anonymises or deletes them, each kind all or nothing, each record
/// audited. The periods come from <c>Passage:Retention</c> in the command's appsettings.json or the environment
/// (<c>Passage__Retention__ClosedCasePersons__Days</c>).
/// </summary>
public static class RetentionCommand
{
    public static Command Create(Option<string?> database)
    {
        var dryRun = new Option<bool>("--dry-run") { Description = "Report what would be anonymised or deleted, and change nothing." };
        var retention = new Command("retention", "Anonymise or delete the records whose retention period has ended (report first with --dry-run).");
        retention.Options.Add(dryRun);
        retention.SetAction(async (parseResult, ct) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            RetentionSettings settings;
            try
            {
                settings = RetentionSettings.From(CliConfiguration.Load());
            }
            catch (Exception ex) when (ex is InvalidOperationException or ArgumentOutOfRangeException)
            {
                await error.WriteLineAsync(ex.Message);
                return ExitCodes.BadInput;
            }

            var dry = parseResult.GetValue(dryRun);
            await using var services = await CliServices.StartAsync(DatabaseOption.Resolve(parseResult, database), ct, settings: settings);
            await using var scope = services.CreateAsyncScope();
            CliServices.ActAsCli(scope.ServiceProvider);
            var outcomes = await scope.ServiceProvider.GetRequiredService<ApplyRetention>()
                .ExecuteAsync(dry, new ConsoleProgress<string>(error, line => line), ct);

            await output.WriteLineAsync($"Kind\tAction\tPeriod (days)\t{(dry ? "Would be changed" : "Changed")}\tOldest clock start");
            foreach (var o in outcomes)
            {
                var period = o.Period is { } p ? ((int)p.TotalDays).ToString(CultureInfo.InvariantCulture) : "kept";
                var oldest = o.OldestClockStart is { } at ? at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "-";
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{RetentionKinds.Name(o.Kind)}\t{RetentionKinds.Label(o.Action)}\t{period}\t{o.Count}\t{oldest}"));
            }

            var total = outcomes.Sum(o => o.Count);
            await error.WriteLineAsync(dry
                ? $"Dry run: {total} records would be anonymised or deleted; nothing was changed."
                : $"{total} records anonymised or deleted.");
            return ExitCodes.Ok;
        });
        return retention;
    }
}
