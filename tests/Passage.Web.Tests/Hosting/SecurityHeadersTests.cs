using Passage.Testing;

namespace Passage.Web.Tests.Hosting;

public sealed class SecurityHeadersTests
{
    [Fact]
    public async Task AnyPage_Always_ForbidsFramingSniffingAndForeignScript()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        using var browser = factory.CreateBrowser();

        using var response = await browser.GetAsync(new Uri("/Account/SignIn", UriKind.Relative));

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.ShouldContain("script-src 'self'");
        csp.ShouldContain("frame-ancestors 'none'");
        csp.ShouldNotContain("unsafe-inline");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        response.Headers.GetValues("Referrer-Policy").Single().ShouldBe("no-referrer");
    }
}
