using Microsoft.Extensions.DependencyInjection;
using Passage.Core.Accounts;

namespace Passage.Testing;

/// <summary>Users of the API made as the operator at the console makes them, each with a personal API token.</summary>
public static class ApiUsers
{
    /// <summary>Adds a user of <paramref name="role"/> with the application's services and gives it an API token; returns the token's secret.</summary>
    public static async Task<string> TokenAsync(IServiceProvider services, string role, string? country = null, string tokenName = "test")
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Actor>().ActAsConsoleOperator();
        var name = $"{role.ToLowerInvariant()}@example.org";
        var added = await scope.ServiceProvider.GetRequiredService<AddUser>().ExecuteAsync(new NewUser(name, $"{role} Officer", "Passage-Demo-1", [role], CountryCode: country));
        if (!added.Succeeded)
        {
            throw new InvalidOperationException($"The user was not added: {added.Problem?.Detail}");
        }

        await using var tokenScope = services.CreateAsyncScope();
        tokenScope.ServiceProvider.GetRequiredService<Actor>().Set(added.Value.Id, name, "127.0.0.1", [role], countryCode: country);
        var token = await tokenScope.ServiceProvider.GetRequiredService<ApiTokens>().CreateAsync(tokenName, 1);
        return token.Succeeded ? token.Value.Secret : throw new InvalidOperationException($"The token was not made: {token.Problem?.Detail}");
    }
}
