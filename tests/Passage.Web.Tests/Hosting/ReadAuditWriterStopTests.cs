using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Web.Hosting;

namespace Passage.Web.Tests.Hosting;

/// <summary>What the read-audit writer says as the application stops: a loss only when entries were really left unwritten.</summary>
public sealed class ReadAuditWriterStopTests
{
    [Fact]
    public async Task NothingWaiting_QueueAlreadyDisposed_StopReportsNoLoss()
    {
        using var services = new ServiceCollection().BuildServiceProvider();
        var queue = new ReadAuditQueue(services.GetRequiredService<IServiceScopeFactory>());
        queue.Dispose();
        var logger = new LevelsLogger();
        using var writer = new ReadAuditWriter(queue, Settings(), logger);

        await writer.StartAsync(CancellationToken.None);
        await writer.StopAsync(CancellationToken.None);

        logger.Levels.ShouldNotContain(LogLevel.Critical);
        logger.Levels.ShouldNotContain(LogLevel.Error);
    }

    [Fact]
    public async Task EntryWaiting_DatabaseGone_StopReportsTheLossAsCritical()
    {
        using var services = new ServiceCollection().BuildServiceProvider();
        using var queue = new ReadAuditQueue(services.GetRequiredService<IServiceScopeFactory>());
        queue.Enqueue(AuditEntry.Record(new Actor(), AuditAction.Viewed, "Person", Guid.NewGuid().ToString(), null, DateTimeOffset.UtcNow));
        var logger = new LevelsLogger();
        using var writer = new ReadAuditWriter(queue, Settings(), logger);

        await writer.StartAsync(CancellationToken.None);
        await writer.StopAsync(CancellationToken.None);

        queue.Waiting.ShouldBe(1);
        logger.Levels.ShouldContain(LogLevel.Critical);
    }

    private static IConfiguration Settings() => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { [ReadAuditWriter.IntervalSetting] = "3600000" })
        .Build();

    private sealed class LevelsLogger : ILogger<ReadAuditWriter>
    {
        public List<LogLevel> Levels { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Levels.Add(logLevel);
    }
}
