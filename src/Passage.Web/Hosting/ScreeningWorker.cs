using Passage.Core.Screening;

namespace Passage.Web.Hosting;

/// <summary>
/// Every <c>Passage:Screening:IntervalSeconds</c> (30 by default; 0 turns it off), screens the persons registered or changed
/// since the last pass, by any process, against every screening list.
/// </summary>
public sealed partial class ScreeningWorker(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<ScreeningWorker> logger)
    : BackgroundService
{
    public const string IntervalSetting = "Passage:Screening:IntervalSeconds";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = configuration.GetValue(IntervalSetting, 30);
        if (seconds <= 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds), clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var outcome = await scope.ServiceProvider.GetRequiredService<ScreenChangedPersons>().ExecuteAsync(stoppingToken);
                    if (outcome.NewHits > 0)
                    {
                        LogHits(outcome.NewHits);
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogFailed(ex);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Screening of changed persons found {Count} new hit(s)")]
    private partial void LogHits(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Screening of changed persons failed; it is tried again at the next interval")]
    private partial void LogFailed(Exception exception);
}
