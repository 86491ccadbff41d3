using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Passage.Core.Accounts;
using Passage.Core.Registry;
using Passage.Testing;
using Passage.Web.Tests.Api;

namespace Passage.Web.Tests.Hosting;

/// <summary>A bug answers a plain 500 that names nothing of the server's inside.</summary>
public sealed class ErrorHandlingTests
{
    private const string Secret = "internal detail of the failure";

    [Fact]
    public async Task Api_UnexpectedFailure_AnswersAProblemWithoutInternals()
    {
        using var factory = BrokenRegistry();
        using var api = await factory.ApiClientAsync("karim.script", Roles.Registration);

        using var response = await api.GetAsync("/api/v1/persons");

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldNotContain(Secret);
        body.ShouldNotContain("at Passage.");
    }

    [Fact]
    public async Task Page_UnexpectedFailure_ShowsTheErrorPageWithoutInternals()
    {
        using var factory = BrokenRegistry();
        using var browser = await factory.SignedInBrowserAsync("karim.officer", Roles.Registration);

        using var response = await browser.GetAsync(new Uri("/Persons", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldContain("Something went wrong");
        body.ShouldNotContain(Secret);
    }

    private static PassageWebFactory BrokenRegistry() =>
        new(DatabaseProvider.Sqlite, services => services.AddScoped<ListPersons>(_ => throw new InvalidOperationException(Secret)));
}
