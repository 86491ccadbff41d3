using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Passage.Core.Accounts;
using Passage.Testing;

namespace Passage.Web.Tests.Hosting;

/// <summary>
/// Behind a reverse proxy the client's address and scheme come from the proxy's forwarded headers, believed only from the
/// proxies the settings name. Served by Kestrel on loopback, so the connection's address is real.
/// </summary>
public sealed class ForwardedHeadersTests
{
    private const string Throttle = "Passage:SignInThrottle:FailuresPerAddress";

    [Fact]
    public async Task SignInThrottle_BehindTheKnownProxy_CountsFailuresPerForwardedClientAddress()
    {
        using var site = Serve(new Dictionary<string, string> { [Throttle] = "3" });
        await site.Factory.CreateUserAsync("maryam.rahimi", Roles.Registration);
        for (var i = 0; i < 3; i++)
        {
            using var browser = site.Browser(forwardedFor: "198.51.100.7");
            using var failed = await PassageWebFactory.PostSignInAsync(browser, "someone" + i, "wrong");
            failed.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using var sameClient = site.Browser(forwardedFor: "198.51.100.7");
        using var throttled = await PassageWebFactory.PostSignInAsync(sameClient, "maryam.rahimi", PassageWebFactory.Password);
        using var otherClient = site.Browser(forwardedFor: "198.51.100.8");
        using var signedIn = await PassageWebFactory.PostSignInAsync(otherClient, "maryam.rahimi", PassageWebFactory.Password);

        throttled.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task SignInThrottle_ForwardedForFromAnUnknownPeer_IsIgnoredSoAForgedAddressDoesNotEscapeIt()
    {
        using var site = Serve(new Dictionary<string, string>
        {
            [Throttle] = "3",
            ["Passage:ForwardedHeaders:KnownProxies:0"] = "10.20.30.40",
        });
        await site.Factory.CreateUserAsync("maryam.rahimi", Roles.Registration);
        for (var i = 0; i < 3; i++)
        {
            using var browser = site.Browser(forwardedFor: $"203.0.113.{i + 1}");
            using var failed = await PassageWebFactory.PostSignInAsync(browser, "someone" + i, "wrong");
            failed.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using var forged = site.Browser(forwardedFor: "203.0.113.99");
        using var throttled = await PassageWebFactory.PostSignInAsync(forged, "maryam.rahimi", PassageWebFactory.Password);

        throttled.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task SignInCookie_IsSecureAndHostBoundExactlyWhenTheKnownProxyForwardedHttps(bool https)
    {
        using var site = Serve(new Dictionary<string, string>());
        await site.Factory.CreateUserAsync("maryam.rahimi", Roles.Registration);
        using var browser = site.Browser(forwardedFor: "198.51.100.7", proto: https ? "https" : null, keepCookies: false);

        // The proxy's client speaks HTTPS, so it sends back the secure antiforgery cookie that plain HTTP would not.
        using var form = await browser.GetAsync(new Uri("/Account/SignIn", UriKind.Relative));
        using var post = new HttpRequestMessage(HttpMethod.Post, new Uri("/Account/SignIn", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["UserName"] = "maryam.rahimi",
                ["Password"] = PassageWebFactory.Password,
                ["__RequestVerificationToken"] = PassageWebFactory.AntiforgeryToken(await form.Content.ReadAsStringAsync()),
            }),
        };
        post.Headers.Add("Cookie", string.Join("; ", form.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0])));
        using var signedIn = await browser.SendAsync(post);

        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("Passage=", StringComparison.Ordinal) || c.StartsWith("__Host-Passage=", StringComparison.Ordinal));
        cookie.StartsWith("__Host-", StringComparison.Ordinal).ShouldBe(https);
        cookie.Contains("; secure", StringComparison.OrdinalIgnoreCase).ShouldBe(https);
    }

    private static Site Serve(Dictionary<string, string> settings)
    {
        var factory = new PassageWebFactory(DatabaseProvider.Sqlite, settings);
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Site(factory, new Uri(address));
    }

    private sealed record Site(PassageWebFactory Factory, Uri Address) : IDisposable
    {
        /// <summary>A browser whose requests arrive through a proxy that forwards the client's address (and scheme).</summary>
        public HttpClient Browser(string forwardedFor, string? proto = null, bool keepCookies = true)
        {
#pragma warning disable CA2000 // the client owns and disposes its handler
            var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = keepCookies }, disposeHandler: true)
#pragma warning restore CA2000
            {
                BaseAddress = Address,
            };
            client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
            if (proto is not null)
            {
                client.DefaultRequestHeaders.Add("X-Forwarded-Proto", proto);
            }

            return client;
        }

        public void Dispose() => Factory.Dispose();
    }
}
