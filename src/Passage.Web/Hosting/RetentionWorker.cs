using System.Globalization;
using Passage.Core.Accounts;
using Passage.Core.Retention;

namespace Passage.Web.Hosting;

/// <summary>
/// Runs the retention job (<see cref="ApplyRetention"/>) once a day at <c>Passage:Retention:RunAtUtc</c> (HH:mm, UTC;
/// 02:30 by default), acting as <see cref="ActorName"/>; <c>Passage:Retention:Scheduled</c> false turns it off. Logs the
/// counts per kind, never what the records held.
/// </summary>
public sealed partial class RetentionWorker(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<RetentionWorker> logger)
    : BackgroundService
{
    public const string ScheduledSetting = RetentionSettings.Section + ":Scheduled";
    public const string RunAtSetting = RetentionSettings.Section + ":RunAtUtc";
    public const string ActorName = "retention";
    public static readonly TimeOnly DefaultRunAt = new(2, 30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue(ScheduledSetting, true))
        {
            return;
        }

        var runAt = RunAt(configuration[RunAtSetting]);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(UntilNext(clock.GetUtcNow(), runAt), clock, stoppingToken);
                await RunOnceAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    /// <summary>Runs the job now, as <see cref="ActorName"/>; a failure is logged and the next day's run tries again.</summary>
    public async Task RunOnceAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<Actor>().Set(ActorName, ActorName, null, []);
            foreach (var outcome in await scope.ServiceProvider.GetRequiredService<ApplyRetention>().ExecuteAsync(dryRun: false, ct: ct))
            {
                if (outcome.Period is not null)
                {
                    LogApplied(outcome.Kind, outcome.Action, outcome.Count);
                }
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(ex);
        }
    }

    /// <summary>How long from <paramref name="now"/> until the next <paramref name="runAt"/> (UTC), later today or tomorrow.</summary>
    public static TimeSpan UntilNext(DateTimeOffset now, TimeOnly runAt)
    {
        var utc = now.ToUniversalTime();
        var today = new DateTimeOffset(DateOnly.FromDateTime(utc.UtcDateTime).ToDateTime(runAt), TimeSpan.Zero);
        var next = today > utc ? today : today.AddDays(1);
        return next - utc;
    }

    private static TimeOnly RunAt(string? setting) =>
        setting is null ? DefaultRunAt
        : TimeOnly.TryParseExact(setting, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? at
        : throw new InvalidOperationException($"{RunAtSetting} is a time of day, HH:mm (UTC).");

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: {Kind} records to {Action}: {Count}")]
    private partial void LogApplied(RetentionKind kind, RetentionAction action, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The retention job failed; it runs again at the next scheduled time")]
    private partial void LogFailed(Exception exception);
}
