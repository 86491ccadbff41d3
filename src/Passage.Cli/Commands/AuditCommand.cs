using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Passage.Core.Accounts;
using Passage.Core.Audit;

namespace Passage.Cli.Commands;

/// <summary>
/// <c>passage audit verify [--against FILE] [--anchor FILE]</c>: walks the audit hash chain and names the first entry that
/// was changed, removed or inserted; checks an anchor written earlier and writes a new one when the chain is intact.
/// </summary>
public static class AuditCommand
{
    public const string Via = "passage audit verify";

    public static Command Create(Option<string?> database)
    {
        var against = new Option<FileInfo?>("--against") { Description = "An anchor written earlier: the chain must still hold its entry unchanged." };
        var anchor = new Option<FileInfo?>("--anchor") { Description = "Write the last hash, its sequence and the time to this file when the chain is intact (keep it outside the database)." };

        var verify = new Command("verify", "Verify that no audit entry was changed, removed or inserted.");
        verify.Options.Add(against);
        verify.Options.Add(anchor);
        verify.SetAction(async (parseResult, ct) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            AuditAnchor? earlier = null;
            if (parseResult.GetValue(against) is { } againstFile)
            {
                earlier = await ReadAnchorAsync(againstFile, ct);
                if (earlier is null)
                {
                    await error.WriteLineAsync($"{againstFile.Name} holds no audit anchor.");
                    return ExitCodes.BadInput;
                }
            }

            await using var services = await CliServices.StartAsync(DatabaseOption.Resolve(parseResult, database), ct);
            await using var scope = services.CreateAsyncScope();
            CliServices.ActAsCli(scope.ServiceProvider, Roles.Auditor);
            var progress = new ConsoleProgress<long>(output, n => $"Checked {n.ToString("N0", CultureInfo.InvariantCulture)} entries…");
            var result = await scope.ServiceProvider.GetRequiredService<VerifyAuditChain>().ExecuteAsync(Via, earlier, progress, ct);
            if (!result.Succeeded)
            {
                await ProblemPrinter.WriteAsync(error, result.Problem!);
                return ExitCodes.BadInput;
            }

            var verification = result.Value;
            if (!verification.Intact)
            {
                await error.WriteLineAsync($"The audit log was tampered with. {verification.Finding}");
                return ExitCodes.Failed;
            }

            await output.WriteLineAsync(
                $"The audit log is intact: {verification.EntriesChecked.ToString("N0", CultureInfo.InvariantCulture)} chained entries, the last #{verification.LastSequence.ToString(CultureInfo.InvariantCulture)} with hash {verification.LastHash}.");
            if (parseResult.GetValue(anchor) is { } anchorFile)
            {
                await WriteAnchorAsync(anchorFile, new AuditAnchor(verification.LastSequence, verification.LastHash, verification.At), ct);
                await output.WriteLineAsync($"Anchor written to {anchorFile.Name}.");
            }

            return ExitCodes.Ok;
        });

        var audit = new Command("audit", "The audit log.");
        audit.Subcommands.Add(verify);
        return audit;
    }

    private static async Task<AuditAnchor?> ReadAnchorAsync(FileInfo file, CancellationToken ct)
    {
        if (!file.Exists)
        {
            return null;
        }

        await using var stream = file.OpenRead();
        return await AuditAnchor.ReadAsync(stream, ct);
    }

    private static async Task WriteAnchorAsync(FileInfo file, AuditAnchor anchor, CancellationToken ct)
    {
        var partial = file.FullName + ".partial";
        await using (var stream = File.Create(partial))
        {
            await anchor.WriteAsync(stream, ct);
        }

        File.Move(partial, file.FullName, overwrite: true);
    }
}
