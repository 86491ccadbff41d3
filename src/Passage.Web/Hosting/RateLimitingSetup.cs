using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Passage.Web.Hosting;

/// <summary>
/// Listing and searching the registry, the audit log and the other lists, limited per user: a token bucket that lets a
/// caseworker page through lists all day but stops a script from pulling the registry in seconds. Over the limit the
/// answer is 429 with a clear message and <c>Retry-After</c>.
/// </summary>
public static class RateLimitingSetup
{
    public const string Listing = "listing";

    /// <summary>Settings: <c>Passage:RateLimits:Listing:Burst</c> lists at once, then <c>PerMinute</c> more each minute.</summary>
    public const string Section = "Passage:RateLimits:Listing";

    /// <summary>The pages that list or search; the API's list endpoints name the policy themselves.</summary>
    public static readonly IReadOnlyList<string> ListingPages =
        ["/Persons/Index", "/Audit/Index", "/Duplicates/Index", "/Referrals/Inbox", "/Referrals/Queue", "/Interviews/Flags"];

    public static IServiceCollection AddPassageRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(Section).Get<ListingLimit>() ?? new ListingLimit();
        services.AddRateLimiter(options => options.AddPolicy(Listing, new ListingPolicy(settings)));
        return services;
    }

    /// <summary>Puts the listing limit on the pages of <see cref="ListingPages"/>.</summary>
    public static PageActionEndpointConventionBuilder WithListingRateLimits(this PageActionEndpointConventionBuilder pages)
    {
        pages.Add(endpoint =>
        {
            if (endpoint.Metadata.OfType<PageActionDescriptor>().Any(p => ListingPages.Contains(p.ViewEnginePath, StringComparer.OrdinalIgnoreCase)))
            {
                endpoint.Metadata.Add(new EnableRateLimitingAttribute(Listing));
            }
        });
        return pages;
    }

    /// <summary>How many lists a user may open at once, and how many more each minute after that.</summary>
    public sealed class ListingLimit
    {
        public int Burst { get; set; } = 60;

        public int PerMinute { get; set; } = 30;
    }

    private sealed class ListingPolicy(ListingLimit limit) : IRateLimiterPolicy<string>
    {
        public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => RejectAsync;

        public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
            RateLimitPartition.GetTokenBucketLimiter(
                httpContext.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? $"address:{httpContext.Connection.RemoteIpAddress}",
                _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = Math.Max(limit.Burst, 1),
                    TokensPerPeriod = Math.Max(limit.PerMinute, 1),
                    ReplenishmentPeriod = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });

        private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken ct) =>
            await RefusalAnswer.WriteAsync(
                context.HttpContext,
                StatusCodes.Status429TooManyRequests,
                context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1),
                "Too many lists or searches",
                "You have opened many lists or searches in a short time. Wait a minute, then try again.",
                ct);
    }
}
