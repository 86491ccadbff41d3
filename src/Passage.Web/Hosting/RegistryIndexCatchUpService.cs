using Passage.Core.Registry.Matching;
using Passage.Core.Storage;

namespace Passage.Web.Hosting;

/// <summary>
/// Every <c>Passage:IndexCatchUp:IntervalSeconds</c> (10 by default; 0 turns it off), brings the in-memory registry
/// index up to date with persons that another web node or the command line registered, changed or merged.
/// </summary>
public sealed partial class RegistryIndexCatchUpService(
    IServiceScopeFactory scopes, RegistryIndex index, IConfiguration configuration, TimeProvider clock, ILogger<RegistryIndexCatchUpService> logger) : BackgroundService
{
    public const string IntervalSetting = "Passage:IndexCatchUp:IntervalSeconds";
    public const string OverlapSetting = "Passage:IndexCatchUp:OverlapSeconds";

    /// <summary>One catch-up; returns how many changes it applied.</summary>
    public async Task<int> TickAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var applied = await index.CatchUpAsync(scope.ServiceProvider.GetRequiredService<PassageDbContext>(), ct);
        if (applied > 0)
        {
            LogApplied(applied);
        }

        return applied;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = configuration.GetValue(IntervalSetting, 10);
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
                    await TickAsync(stoppingToken);
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Registry index caught up with {Count} change(s) from other processes")]
    private partial void LogApplied(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Registry index catch-up failed; it is tried again at the next interval")]
    private partial void LogFailed(Exception exception);
}
