using System.Net;
using System.Net.Http.Headers;
using Passage.Core.Accounts;
using Passage.Testing;

namespace Passage.Web.Tests.Api;

public sealed class TokensApiTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Tokens_CreateUseRevoke_RevokedTokenNoLongerSignsIn(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        using var api = await factory.ApiClientAsync("karim.script", Roles.Registration);

        using var created = await api.PostJsonAsync("/api/v1/me/tokens", new { name = "nightly export", lifetimeDays = 30 });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var body = await created.JsonAsync();
        var secret = body.GetProperty("secret").GetString()!;
        var id = body.GetProperty("token").GetProperty("id").GetGuid();
        using var second = factory.CreateClient();
        second.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        (await (await second.GetAsync("/api/v1/me")).JsonAsync()).GetProperty("userName").GetString().ShouldBe("karim.script");
        var list = await (await api.GetAsync("/api/v1/me/tokens")).JsonAsync();
        list.GetArrayLength().ShouldBe(2);
        list.ToString().ShouldNotContain(secret);

        using var revoked = await api.DeleteAsync(new Uri($"/api/v1/me/tokens/{id}", UriKind.Relative));

        revoked.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await second.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Api_ExpiredOrUnknownToken_IsUnauthorized()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        var user = await factory.CreateUserAsync("karim.script", Roles.Registration);
        var expired = await factory.CreateTokenAsync(user.Id, DateTimeOffset.UtcNow.AddMinutes(-1));
        using var client = factory.CreateClient();

        foreach (var secret in new[] { expired, "psg_not-a-real-token", "something-else" })
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
            (await client.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }
    }

    [Fact]
    public async Task Api_NoCredentials_IsUnauthorizedNotRedirected()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        using var client = factory.CreateBrowser();

        using var response = await client.GetAsync("/api/v1/persons");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task OpenApiDocument_SignedIn_DescribesTheApi()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        using var anonymous = factory.CreateBrowser();
        using var api = await factory.ApiClientAsync("karim.script", Roles.Viewer);

        using var refused = await anonymous.GetAsync("/openapi/v1.json");
        refused.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        refused.Headers.Location!.ToString().ShouldContain("/Account/SignIn");
        var document = await (await api.GetAsync("/openapi/v1.json")).JsonAsync();

        document.GetProperty("paths").TryGetProperty("/api/v1/cases/{id}/transitions", out _).ShouldBeTrue();
    }
}
