using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Passage.Web.Hosting;

/// <summary>
/// Behind a reverse proxy, the client's address and scheme come from <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c>,
/// believed only from the proxies named in <c>Passage:ForwardedHeaders:KnownProxies</c> (addresses) or
/// <c>KnownNetworks</c> (CIDR); when either is set, it replaces the default (loopback only), so a process on the same
/// machine is not believed unless it is named. The host is never taken from a forwarded header: allowed hosts come from
/// <c>AllowedHosts</c>.
/// </summary>
public static class ForwardedHeadersSetup
{
    public const string Section = "Passage:ForwardedHeaders";

    public static IServiceCollection AddPassageForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = section.GetValue("ForwardLimit", 1);
            var proxies = section.GetSection("KnownProxies").Get<string[]>() ?? [];
            var networks = section.GetSection("KnownNetworks").Get<string[]>() ?? [];
            if (proxies.Length + networks.Length > 0)
            {
                options.KnownProxies.Clear();
                options.KnownIPNetworks.Clear();
            }

            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in networks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return services;
    }
}
