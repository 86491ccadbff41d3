using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Passage.Web.Accounts;

/// <summary>How many failed sign-ins are allowed per client address and per typed account name in one window.</summary>
public sealed class SignInThrottleOptions
{
    public const string Section = "Passage:SignInThrottle";

    public int FailuresPerAddress { get; set; } = 20;

    public int FailuresPerAccount { get; set; } = 10;

    public int WindowMinutes { get; set; } = 15;
}

/// <summary>
/// Throttles repeated failed sign-ins with the framework's partitioned fixed-window rate limiters: one partition per client
/// address and one per account name as typed, whether or not such an account exists (so the answer tells nothing).
/// Only failures take a permit: the account name is in the form body and a right password must not count against anyone.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _byAddress;
    private readonly PartitionedRateLimiter<string> _byAccount;

    public SignInThrottle(IOptions<SignInThrottleOptions> options)
    {
        var o = options.Value;
        _byAddress = Limiter(o.FailuresPerAddress, o.WindowMinutes);
        _byAccount = Limiter(o.FailuresPerAccount, o.WindowMinutes);
    }

    /// <summary>Null when a sign-in may be tried; otherwise how long until it may.</summary>
    public TimeSpan? RetryAfter(string address, string account)
    {
        foreach (var (limiter, key) in new[] { (_byAddress, address), (_byAccount, AccountKey(account)) })
        {
            using var lease = limiter.AttemptAcquire(key, 0);
            if (!lease.IsAcquired)
            {
                return lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
            }
        }

        return null;
    }

    /// <summary>Counts a failed sign-in against the address and the account name.</summary>
    public void Failed(string address, string account)
    {
        _byAddress.AttemptAcquire(address).Dispose();
        _byAccount.AttemptAcquire(AccountKey(account)).Dispose();
    }

    public void Dispose()
    {
        _byAddress.Dispose();
        _byAccount.Dispose();
    }

    private static string AccountKey(string account) => account.Trim().ToUpperInvariant();

    private static PartitionedRateLimiter<string> Limiter(int permits, int windowMinutes) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(permits, 1),
            Window = TimeSpan.FromMinutes(Math.Max(windowMinutes, 1)),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
}
