using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Passage.Core.Accounts;
using Passage.Core.Storage.Encryption;

namespace Passage.Cli.Commands;

/// <summary><c>passage keys rotate [--retire-old-keys]</c>: a new field key, and every sealed field sealed again with it.</summary>
public static class KeysCommand
{
    public static Command Create(Option<string?> database, Option<string?> fieldKeys)
    {
        var retire = new Option<bool>("--retire-old-keys")
        {
            Description = "Revoke the older keys afterwards, so that older backups' sealed fields can no longer be opened. Stop the web processes first.",
        };
        var rotate = new Command("rotate", "Add a new field key and seal every sealed field again with it. Stop the web processes first, start them after.");
        rotate.Options.Add(retire);
        rotate.SetAction(async (parseResult, ct) =>
        {
            await using var services = await CliServices.StartAsync(
                DatabaseOption.Resolve(parseResult, database), ct, FieldKeysOption.Resolve(parseResult, fieldKeys));
            await using var scope = services.CreateAsyncScope();
            CliServices.ActAsCli(scope.ServiceProvider);
            scope.ServiceProvider.GetRequiredService<Actor>().ActAsConsoleOperator();
            var result = await scope.ServiceProvider.GetRequiredService<RotateFieldKeys>().ExecuteAsync(parseResult.GetValue(retire), ct);
            if (!result.Succeeded)
            {
                await ProblemPrinter.WriteAsync(parseResult.InvocationConfiguration.Error, result.Problem!);
                return ExitCodes.BadInput;
            }

            await parseResult.InvocationConfiguration.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"New field key {result.Value.KeyId}: {result.Value.Resealed} sealed values sealed again; {result.Value.RevokedKeys} older keys revoked."));
            return ExitCodes.Ok;
        });

        var command = new Command("keys", "Manage the keys that seal whereabouts, interview notes and family-contact details.");
        command.Subcommands.Add(rotate);
        return command;
    }
}
