using System.Threading.RateLimiting;

namespace Passage.Web.Hosting;

/// <summary>
/// How many requests are served at once: <c>Passage:Requests:AtOnce</c> (four per processor by default); the others wait in
/// the order they came, up to <c>Passage:Requests:Waiting</c> (2,000). Under a full office each request then runs with the
/// processors and the database connections shared among a few others instead of among every open request, so that the
/// slowest answers stay near the typical ones and none waits for minutes behind later arrivals. Health checks never wait:
/// they say whether the server is up, not how busy it is. A request that finds the queue full is answered 503 with
/// <c>Retry-After</c> at once.
/// </summary>
public sealed class RequestQueue : IDisposable
{
    public const string AtOnceSetting = "Passage:Requests:AtOnce";

    public const string WaitingSetting = "Passage:Requests:Waiting";

    public const int DefaultWaiting = 2_000;

    private readonly ConcurrencyLimiter _limiter;

    public RequestQueue(IConfiguration configuration)
    {
        AtOnce = Math.Max(configuration.GetValue(AtOnceSetting, 4 * Environment.ProcessorCount), 1);
        _limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = AtOnce,
            QueueLimit = Math.Max(configuration.GetValue(WaitingSetting, DefaultWaiting), 0),
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    public int AtOnce { get; }

    /// <summary>Requests waiting for their turn.</summary>
    public int Waiting => (int)(_limiter.GetStatistics()?.CurrentQueuedCount ?? 0);

    /// <summary>A turn to be served, or a lease that is not acquired when the queue is full.</summary>
    public ValueTask<RateLimitLease> WaitForTurnAsync(CancellationToken ct) => _limiter.AcquireAsync(1, ct);

    public void Dispose() => _limiter.Dispose();
}
