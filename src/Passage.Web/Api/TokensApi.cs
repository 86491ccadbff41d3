using Microsoft.AspNetCore.Http.HttpResults;
using Passage.Core.Accounts;
using Passage.Web.Accounts;

namespace Passage.Web.Api;

/// <summary><c>/api/v1/me/tokens</c>: the caller's own personal API tokens.</summary>
public static class TokensApi
{
    public sealed record CreateTokenRequest(string? Name, int? LifetimeDays);

    public static RouteGroupBuilder MapTokensApi(this RouteGroupBuilder api)
    {
        var tokens = api.MapGroup("/me/tokens").WithTags("My API tokens").RequireAuthorization(Policies.SignedIn);
        tokens.MapGet("/", ListAsync).WithSummary("List my API tokens");
        tokens.MapPost("/", CreateAsync).WithSummary("Create an API token").RequireApiToken();
        tokens.MapDelete("/{id:guid}", RevokeAsync).WithSummary("Revoke an API token").RequireApiToken();
        return api;
    }

    public static async Task<Ok<IReadOnlyList<ApiTokenView>>> ListAsync(ApiTokens tokens, CancellationToken ct) =>
        TypedResults.Ok(await tokens.ListAsync(ct));

    public static async Task<Results<Created<CreatedApiToken>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CreateTokenRequest request, ApiTokens tokens, CancellationToken ct)
    {
        var result = await tokens.CreateAsync(request.Name, request.LifetimeDays, ct);
        return result.Succeeded
            ? TypedResults.Created($"/api/v1/me/tokens/{result.Value.Token.Id}", result.Value)
            : ApiResults.Widen<Created<CreatedApiToken>>(result.Problem!.ToHttp());
    }

    public static async Task<Results<Ok<ApiTokenView>, ValidationProblem, ProblemHttpResult>> RevokeAsync(Guid id, ApiTokens tokens, CancellationToken ct) =>
        (await tokens.RevokeAsync(id, ct)).OkOrProblem();
}
