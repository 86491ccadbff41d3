using Passage.Core.Accounts;
using Passage.Core.Registry.Matching;

namespace Passage.Web.Hosting;

/// <summary>
/// Runs the duplicate scans started in this process, one at a time, each in its own scope acting as the user who
/// started it. On start, marks the scans a stopped process left unfinished as interrupted.
/// </summary>
public sealed partial class DuplicateScanWorker(IServiceScopeFactory scopes, DuplicateScanQueue queue, ILogger<DuplicateScanWorker> logger) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            var interrupted = await scope.ServiceProvider.GetRequiredService<InterruptUnfinishedScans>().ExecuteAsync(cancellationToken);
            if (interrupted > 0)
            {
                LogInterrupted(interrupted);
            }
        }

        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var scanId in queue.ReadAllAsync(stoppingToken))
        {
            try
            {
                await RunAsync(scanId, stoppingToken);
            }
#pragma warning disable CA1031 // one scan's failure must not stop the worker for the next
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogFailed(ex, scanId);
            }
            finally
            {
                queue.MarkFinished(scanId);
            }
        }
    }

    private async Task RunAsync(long scanId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var starter = await services.GetRequiredService<ViewDuplicateScan>().StarterAsync(scanId, ct);
        services.GetRequiredService<Actor>().Set(starter.UserId, starter.UserName, null, []);
        LogStarted(scanId);
        var scan = await services.GetRequiredService<ScanForDuplicates>().ExecuteAsync(scanId, ct);
        LogFinished(scanId, scan.Status, scan.PersonsSearched, scan.PairsProposed);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Duplicate scan {ScanId} running")]
    private partial void LogStarted(long scanId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Duplicate scan {ScanId} {Status}: {Searched} persons searched, {Pairs} pairs proposed")]
    private partial void LogFinished(long scanId, DuplicateScanStatus status, int searched, int pairs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} duplicate scan(s) left unfinished by a stopped process marked interrupted")]
    private partial void LogInterrupted(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Duplicate scan {ScanId} failed")]
    private partial void LogFailed(Exception exception, long scanId);
}
