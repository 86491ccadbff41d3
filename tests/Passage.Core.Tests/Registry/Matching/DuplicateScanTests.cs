using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Common;
using Passage.Core.Registry.Matching;
using Passage.Testing;

namespace Passage.Core.Tests.Registry.Matching;

public class DuplicateScanTests
{
    private static readonly TimeProvider Clock = DuplicateReviewTests.Clock;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Start_ReturnsAtOnceWithAQueuedScanAndHandsItToTheWorker(DatabaseProvider provider)
    {
        var (database, _, _, _) = await DuplicateReviewTests.RegistryWithADuplicateAsync(provider);
        using var __ = database;
        await using var db = database.CreateContext();
        var queue = new DuplicateScanQueue();

        var started = await new StartDuplicateScan(db, database.Actor, queue, Clock).ExecuteAsync();

        started.Value.Status.ShouldBe(DuplicateScanStatus.Queued);
        started.Value.StartedBy.ShouldBe("registration@test");
        (await db.DuplicateReviews.CountAsync()).ShouldBe(0);
        var handedOver = new List<long>();
        using var cancel = new CancellationTokenSource();
        await foreach (var id in queue.ReadAllAsync(cancel.Token))
        {
            handedOver.Add(id);
            break;
        }

        handedOver.ShouldBe([started.Value.Id]);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Start_WhileAnotherScanRuns_IsRefusedSayingWhoStartedIt(DatabaseProvider provider)
    {
        var (database, _, _, _) = await DuplicateReviewTests.RegistryWithADuplicateAsync(provider);
        using var __ = database;
        await using var db = database.CreateContext();
        var queue = new DuplicateScanQueue();
        await new StartDuplicateScan(db, database.Actor, queue, Clock).ExecuteAsync();

        var second = await new StartDuplicateScan(db, database.Actor, queue, Clock).ExecuteAsync();

        second.Problem!.Kind.ShouldBe(ProblemKind.Refused);
        second.Problem.Detail.ShouldBe("A scan is running already (started by registration@test at 2026-11-23 09:00 UTC). Wait for it to finish.");
        (await db.DuplicateScans.CountAsync()).ShouldBe(1);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Start_WithoutTheRightToWriteBiodata_IsNotFoundAndStartsNothing(DatabaseProvider provider)
    {
        var (database, _, _, _) = await DuplicateReviewTests.RegistryWithADuplicateAsync(provider);
        using var __ = database;
        await using var db = database.CreateContext();
        database.Actor.Set("u2", "protection@test", null, [Roles.Protection]);

        var started = await new StartDuplicateScan(db, database.Actor, new DuplicateScanQueue(), Clock).ExecuteAsync();
        var status = await new ViewDuplicateScan(db, database.Actor).ExecuteAsync();

        started.Problem!.Kind.ShouldBe(ProblemKind.NotFound);
        status.Problem!.Kind.ShouldBe(ProblemKind.NotFound);
        (await db.DuplicateScans.CountAsync()).ShouldBe(0);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Run_ToTheEnd_RecordsProgressAndCompletionAndAuditsStartAndEndWithoutPersonalData(DatabaseProvider provider)
    {
        var (database, index, _, _) = await DuplicateReviewTests.RegistryWithADuplicateAsync(provider);
        using var __ = database;

        var finished = await DuplicateReviewTests.ScanAsync(database, index);

        await using var db = database.CreateContext();
        var shown = (await new ViewDuplicateScan(db, database.Actor).ExecuteAsync()).Value!;
        shown.ShouldBe(finished);
        shown.Status.ShouldBe(DuplicateScanStatus.Completed);
        shown.PersonsTotal.ShouldBe(3);
        shown.PersonsSearched.ShouldBe(3);
        shown.PairsProposed.ShouldBe(1);
        shown.FinishedAt.ShouldBe(Clock.GetUtcNow());
        var audit = await db.AuditEntries.Where(a => a.EntityType == nameof(DuplicateScan)).OrderBy(a => a.Id).ToListAsync();
        audit.Select(a => a.Action).ShouldBe([AuditAction.Created, AuditAction.Updated, AuditAction.Updated]);
        audit.ShouldAllBe(a => a.UserName == "registration@test");
        audit[^1].EntityId.ShouldBe(shown.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        audit[^1].Detail!.ShouldContain("Status");
        audit.ShouldAllBe(a => a.Detail == null || !a.Detail.Contains("Hosseini"));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Run_CancelledBecauseTheProcessStops_MarksTheScanInterrupted(DatabaseProvider provider)
    {
        var (database, index, _, _) = await DuplicateReviewTests.RegistryWithADuplicateAsync(provider);
        using var __ = database;
        await using var db = database.CreateContext();
        var started = await new StartDuplicateScan(db, database.Actor, new DuplicateScanQueue(), Clock).ExecuteAsync();
        using var stopping = new CancellationTokenSource();
        await stopping.CancelAsync();

        var run = await new ScanForDuplicates(db, index, Clock).ExecuteAsync(started.Value.Id, stopping.Token);

        run.Status.ShouldBe(DuplicateScanStatus.Interrupted);
        run.Message.ShouldNotBeNull();
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task InterruptUnfinished_AfterARestart_MarksTheScanLeftRunningAsInterruptedAndAllowsANewOne(DatabaseProvider provider)
    {
        var (database, _, _, _) = await DuplicateReviewTests.RegistryWithADuplicateAsync(provider);
        using var __ = database;
        await using var db = database.CreateContext();
        var left = await new StartDuplicateScan(db, database.Actor, new DuplicateScanQueue(), Clock).ExecuteAsync();

        (await new InterruptUnfinishedScans(db, Clock).ExecuteAsync()).ShouldBe(1);
        var again = await new StartDuplicateScan(db, database.Actor, new DuplicateScanQueue(), Clock).ExecuteAsync();

        var interrupted = (await new ViewDuplicateScan(db, database.Actor).ExecuteAsync(left.Value.Id)).Value!;
        interrupted.Status.ShouldBe(DuplicateScanStatus.Interrupted);
        interrupted.Message.ShouldBe("The application stopped before the scan finished. Start it again.");
        again.Succeeded.ShouldBeTrue();
    }
}
