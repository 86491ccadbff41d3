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

    /// <summary>How long the last write, as the application stops, may take at most, whatever the host's own stop timeout.</summary>
    public const string FinalFlushSetting = "Passage:Audit:FinalFlushSeconds";

    public const int DefaultFinalFlushSeconds = 20;

    private static readonly TimeSpan RetryPause = TimeSpan.FromMilliseconds(200);

    private readonly Lock _lastWriteLock = new();

    private Task? _lastWrite;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMilliseconds(Math.Max(configuration.GetValue(IntervalSetting, DefaultMilliseconds), 1));
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(interval, stoppingToken);

                // Not the stopping token: a stop lets the batch being written commit instead of breaking its transaction.
                await TryFlushAsync(CancellationToken.None);
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

        // A host may be stopped twice at once (the application's own run loop and whoever disposes it): every caller
        // waits for the one last write, so none returns, and lets the services be disposed, while it is still writing.
        Task last;
        lock (_lastWriteLock)
        {
            last = _lastWrite ??= WriteTheRestAsync();
        }

        await last;
    }

    private async Task WriteTheRestAsync()
    {
        // The periodic write has finished, so the count is exact. With nothing waiting there is nothing to write and
        // nothing to lose, even when the queue was disposed first, as a host disposed without a stop does.
        if (queue.Waiting == 0)
        {
            return;
        }

        // The host's token may already be cancelled by its stop timeout; the last write has a deadline of its own, and
        // tries again within it while the database is briefly away (a failover, a restart), but not when the failure is
        // not the connection's (the database removed, its schema gone): trying again would only fail again.
        var seconds = Math.Max(configuration.GetValue(FinalFlushSetting, DefaultFinalFlushSeconds), 1);
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        try
        {
            while (await TryFlushAsync(deadline.Token) is { } failure)
            {
                if (!TransientFailure.Is(failure))
                {
                    LogGivenUp(queue.Waiting);
                    return;
                }

                await Task.Delay(RetryPause, deadline.Token);
            }
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            LogLost(seconds, queue.Waiting);
        }
    }

    /// <summary>Writes what waits; the failure when the write failed and the entries stay queued.</summary>
    private async Task<Exception?> TryFlushAsync(CancellationToken ct)
    {
        try
        {
            await queue.FlushAsync(ct);
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(ex, queue.Waiting);
            return ex;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Writing the audit entries of reads failed; {Waiting} entries wait for the next try")]
    private partial void LogFailed(Exception exception, int waiting);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The audit entries of reads could not be written as the application stopped, and the failure was not the connection's; {Waiting} entries are lost")]
    private partial void LogGivenUp(int waiting);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The audit entries of reads could not be written within {Seconds} s of the stop; {Waiting} entries are lost")]
    private partial void LogLost(int seconds, int waiting);
}
