using Passage.Core.Audit;

namespace Passage.Web.Hosting;

/// <summary>
/// Writes the audit entries of reads waiting on the <see cref="ReadAuditQueue"/> every
/// <c>Passage:Audit:ReadFlushMilliseconds</c> (500 by default), and whatever still waits when the application stops
/// (decision 22). The interval is wall-clock time, not the application's clock.
/// </summary>
public sealed partial class ReadAuditWriter(ReadAuditQueue queue, IConfiguration configuration, ILogger<ReadAuditWriter> logger) : BackgroundService
{
    public const string IntervalSetting = "Passage:Audit:ReadFlushMilliseconds";

    public const int DefaultMilliseconds = 500;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMilliseconds(Math.Max(configuration.GetValue(IntervalSetting, DefaultMilliseconds), 1));
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(interval, stoppingToken);
                await FlushAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: StopAsync writes the rest.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushAsync(cancellationToken);
    }

    private async Task FlushAsync(CancellationToken ct)
    {
        try
        {
            await queue.FlushAsync(ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The entries stay queued and are written at the next interval.
            LogFailed(ex, queue.Waiting);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Writing the audit entries of reads failed; {Waiting} entries wait for the next try")]
    private partial void LogFailed(Exception exception, int waiting);
}
