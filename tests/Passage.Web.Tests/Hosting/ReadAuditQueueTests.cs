using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Storage;
using Passage.Testing;
using Passage.Web.Hosting;
using Passage.Web.Tests.Pages;

namespace Passage.Web.Tests.Hosting;

/// <summary>
/// The audit entry of a page view waits on the read audit queue and is written within the flush interval, or when the
/// application stops, onto an intact chain (decision 22).
/// </summary>
public sealed class ReadAuditQueueTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task PersonPageViewed_IsInTheAuditLogWithinTheFlushInterval(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        using var factory = new PassageWebFactory(database);
        var person = await factory.RegisterPersonAsync();
        using var browser = await factory.SignedInBrowserAsync("fatemeh.karimi", Roles.Registration);

        await browser.GetPageAsync($"/Persons/{person.Id}");
        var viewed = DateTimeOffset.UtcNow;

        // Read straight from the database, as an auditor's query would, without asking the queue to write first.
        var waited = TimeSpan.Zero;
        while (!await ViewedAsync(database, person.Id) && waited < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(50);
            waited = DateTimeOffset.UtcNow - viewed;
        }

        (await ViewedAsync(database, person.Id)).ShouldBeTrue($"the view was not written {waited.TotalSeconds:F1} s after it");
        waited.ShouldBeLessThan(TimeSpan.FromMilliseconds(ReadAuditWriter.DefaultMilliseconds + 1_000), "written within the flush interval and the write itself");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ReadsStillQueued_AreWrittenWhenTheApplicationStops_OntoAnIntactChain(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        var person = Guid.Empty;
        using (var factory = new PassageWebFactory(database, new Dictionary<string, string> { [ReadAuditWriter.IntervalSetting] = "3600000" }))
        {
            person = (await factory.RegisterPersonAsync()).Id;
            using var browser = await factory.SignedInBrowserAsync("fatemeh.karimi", Roles.Registration);
            await browser.GetPageAsync($"/Persons/{person}");
            await browser.GetPageAsync("/Persons");

            (await ViewedAsync(database, person)).ShouldBeFalse("with an hour's interval the view waits in the queue");
        }

        (await ViewedAsync(database, person)).ShouldBeTrue("the view is written as the application stops");
        await using var db = database.CreateContext();
        (await db.AuditEntries.CountAsync(e => e.Action == AuditAction.Searched && e.UserName == "fatemeh.karimi")).ShouldBe(1);
        database.Actor.Set("auditor", "auditor", null, [Roles.Auditor]);
        var verified = await new VerifyAuditChain(db, database.Actor, TimeProvider.System).ExecuteAsync("test");
        verified.Value.Intact.ShouldBeTrue(verified.Value.Finding);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task StoppedTwiceAtOnce_NeitherStopReturnsBeforeTheQueuedReadsAreWritten(DatabaseProvider provider)
    {
        // A host is stopped by its own run loop and by whoever disposes it; the services are disposed once either
        // returns, so a stop that returned while the other was still writing would lose the reads.
        using var database = TestDatabase.Create(provider);
        using var factory = new PassageWebFactory(database, new Dictionary<string, string> { [ReadAuditWriter.IntervalSetting] = "3600000" });
        var person = (await factory.RegisterPersonAsync()).Id;
        using var browser = await factory.SignedInBrowserAsync("fatemeh.karimi", Roles.Registration);
        await browser.GetPageAsync($"/Persons/{person}");
        var writer = factory.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<ReadAuditWriter>().Single();

        // Another connection holds the audit table, so the last write waits while both stops are under way.
        await using var holder = database.CreateContext();
        Task first, second;
        await using (var hold = await holder.Database.BeginTransactionAsync())
        {
            if (provider == DatabaseProvider.Postgres)
            {
                await holder.Database.ExecuteSqlRawAsync("LOCK TABLE \"AuditEntries\" IN EXCLUSIVE MODE");
            }

            first = writer.StopAsync(CancellationToken.None);
            second = writer.StopAsync(CancellationToken.None);
            await Task.Delay(500);

            first.IsCompleted.ShouldBeFalse("the first stop waits for the last write");
            second.IsCompleted.ShouldBeFalse("the second stop waits for the same last write");
        }

        await Task.WhenAny(first, second);
        (await ViewedAsync(database, person)).ShouldBeTrue("the view is written before either stop returns");
        await Task.WhenAll(first, second);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ManyReadsQueued_HostStoppedWhileABatchIsBeingWritten_EveryReadIsWrittenOntoAnIntactChain(DatabaseProvider provider)
    {
        const int reads = 5_000;
        using var database = TestDatabase.Create(provider);
        using (var factory = new PassageWebFactory(database, new Dictionary<string, string>
        {
            [ReadAuditWriter.IntervalSetting] = "1",

            // The host gives its services no time at all to stop: the last write must not depend on that time.
            ["shutdownTimeoutSeconds"] = "0",
        }))
        {
            var queue = factory.Services.GetRequiredService<ReadAuditQueue>();
            await using (var scope = factory.Services.CreateAsyncScope())
            {
                var actor = scope.ServiceProvider.GetRequiredService<Actor>();
                actor.Set("reader-id", "fatemeh.karimi", null, [Roles.Registration]);
                var log = new AuditLog(scope.ServiceProvider.GetRequiredService<PassageDbContext>(), actor, TimeProvider.System, queue);
                for (var i = 0; i < reads; i++)
                {
                    await log.RecordReadAsync(AuditAction.Viewed, "Person", $"read-{i}");
                }
            }

            // Stop as soon as the writer has taken its first batch off the queue, while that batch is being written.
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (queue.Waiting == reads && waited.Elapsed < TimeSpan.FromSeconds(10))
            {
                await Task.Delay(1);
            }

            queue.Waiting.ShouldBeGreaterThan(0, "the stop must come while reads still wait");
        }

        await using var db = database.CreateContext();
        var written = await db.AuditEntries.Where(e => e.UserName == "fatemeh.karimi" && e.EntityId.StartsWith("read-")).Select(e => e.EntityId).ToListAsync();
        written.Count.ShouldBe(reads, "every read queued before a graceful stop is in the log");
        written.Distinct().Count().ShouldBe(reads, "no read is written twice");
        database.Actor.Set("auditor", "auditor", null, [Roles.Auditor]);
        var verified = await new VerifyAuditChain(db, database.Actor, TimeProvider.System).ExecuteAsync("test");
        verified.Value.Intact.ShouldBeTrue(verified.Value.Finding);
    }

    private static async Task<bool> ViewedAsync(TestDatabase database, Guid person)
    {
        await using var db = database.CreateContext();
        return await db.AuditEntries.AnyAsync(e => e.Action == AuditAction.Viewed && e.EntityId == person.ToString() && e.UserName == "fatemeh.karimi");
    }
}
