using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Passage.Testing;

namespace Passage.Web.Tests.Hosting;

/// <summary>Every page and endpoint states who may use it; nothing is open by omission.</summary>
public sealed class EndpointAuthorizationTests
{
    [Fact]
    public void Endpoints_Always_DeclareAPolicyOrAnonymousAccess()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        _ = factory.Server;
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

        var undeclared = endpoints
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null
                && !e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => !string.IsNullOrEmpty(a.Policy) || !string.IsNullOrEmpty(a.Roles)))
            .Select(e => e.DisplayName ?? e.RoutePattern.RawText)
            .ToList();

        endpoints.Count.ShouldBeGreaterThan(5);
        undeclared.ShouldBeEmpty();
    }

    [Fact]
    public void AnonymousEndpoints_Always_AreOnlySignInErrorsAndHealth()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        _ = factory.Server;
        var anonymous = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(e => e.RoutePattern.RawText?.TrimStart('/') ?? "")
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

        anonymous.ShouldBe(["Account/Denied", "Account/SignIn", "Error", "health", "health/live", "health/ready", "Status/{code:int}"], ignoreOrder: true);
    }

    [Fact]
    public async Task UnknownAddress_SignedIn_AnswersNotFoundPage()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        using var browser = await factory.SignedInBrowserAsync("rasoul.karimi", Passage.Core.Accounts.Roles.Registration);

        using var response = await browser.GetAsync(new Uri("/no/such/page", UriKind.Relative));

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Not found");
    }
}
