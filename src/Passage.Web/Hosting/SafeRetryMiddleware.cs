using Microsoft.EntityFrameworkCore;
using Passage.Core.Storage;
using Passage.Web.Api.Idempotency;

namespace Passage.Web.Hosting;

/// <summary>
/// Runs a request again when the database connection failed under it (<see cref="TransientFailure"/>), and only where
/// another run cannot do anything twice: a read (GET, HEAD), or an API write that carries an <c>Idempotency-Key</c>, whose
/// answer is stored in its own transaction (<see cref="KeyedWrite"/>). Any other write fails as it would have. It is run
/// again every <see cref="Pause"/> while the failure lasts, for up to <see cref="RetryWindow"/>, long enough for the
/// standby to be promoted when the primary is lost; a request still failing then answers 503 with <c>Retry-After</c>.
/// </summary>
public sealed partial class SafeRetryMiddleware(RequestDelegate next, ILogger<SafeRetryMiddleware> logger)
{
    /// <summary>The pause before each new run: long enough for a client library to see the primary gone and look again.</summary>
    public static readonly TimeSpan Pause = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long after the first failure a request is still run again: more than a failover takes (about 10 s with the
    /// monitor settings of bench/failover/cluster.sh), well under a client's usual 30 s timeout.
    /// </summary>
    public static readonly TimeSpan RetryWindow = TimeSpan.FromSeconds(15);

    public Task InvokeAsync(HttpContext context)
    {
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        {
            return RunWithRetryAsync(context, () => next(context));
        }

        if (WebSetup.IsApi(context) && KeyedWrite.KeyOf(context.Request) is not null)
        {
            var write = new KeyedWrite(context, next);
            return RunWithRetryAsync(context, write.RunAsync, write.PrepareAsync);
        }

        return next(context);
    }

    private async Task RunWithRetryAsync(HttpContext context, Func<Task> run, Func<Task>? prepare = null)
    {
        if (prepare is not null)
        {
            await prepare();
        }

        try
        {
            await run();
            return;
        }
        catch (Exception e) when (TransientFailure.Is(e) && !context.Response.HasStarted)
        {
            LogRetrying(logger, e.GetType().Name);
        }

        var failedAt = System.Diagnostics.Stopwatch.StartNew();
        var runs = 1;
        while (true)
        {
            await ResetAsync(context);
            await Task.Delay(Pause, context.RequestAborted);
            runs++;
            try
            {
                await run();
                return;
            }
            catch (Exception e) when (TransientFailure.Is(e) && !context.Response.HasStarted && failedAt.Elapsed < RetryWindow)
            {
                // Still failing within the window: the standby may not be promoted yet.
            }
            catch (Exception e) when (TransientFailure.Is(e) && !context.Response.HasStarted)
            {
                LogUnavailable(logger, e.GetType().Name, runs);
                break;
            }
        }

        await ResetAsync(context);
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = "2";
        await TypedResults.Problem(
            title: "The database is not reachable at the moment.",
            detail: "Nothing was kept from this request. Send it again in a few seconds; a write sent again with the same Idempotency-Key is never applied twice.",
            statusCode: StatusCodes.Status503ServiceUnavailable).ExecuteAsync(context);
    }

    /// <summary>Forgets what the failed run tracked and its broken connection, so the next run starts clean.</summary>
    private static async Task ResetAsync(HttpContext context)
    {
        context.Response.Clear();
        if (context.Request.Body.CanSeek)
        {
            context.Request.Body.Position = 0;
        }

        var db = context.RequestServices.GetRequiredService<PassageDbContext>();
        db.ChangeTracker.Clear();
        try
        {
            if (db.Database.CurrentTransaction is { } transaction)
            {
                await transaction.DisposeAsync();
            }

            await db.Database.CloseConnectionAsync();
        }
        catch (System.Data.Common.DbException)
        {
            // The connection is broken already; the next run opens another.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database connection failed under a request that is safe to run again ({Failure}); running it again every second for up to 15 s.")]
    private static partial void LogRetrying(ILogger logger, string failure);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database connection still failed ({Failure}) after {Runs} runs; answering 503.")]
    private static partial void LogUnavailable(ILogger logger, string failure, int runs);
}
