using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.Options;

namespace Passage.Web.Api;

/// <summary>
/// Describes what every <c>/api/v1</c> endpoint can answer from what it already declares, so a new endpoint is described
/// without repeating it: 401 when it needs a caller, 403 when its policy needs a permission, 404 when its route names a
/// record (a record the caller may not see answers 404 too), 400 only when it takes input (query or body), and an
/// operation id <c>Resource_Action</c> from its handler. 409 and 422 depend on the use case: the endpoint declares them with
/// <see cref="MayConflict"/> and <see cref="MayBeRefused"/> (or <c>ProducesProblem</c>).
/// </summary>
public static class ApiConventions
{
    public const string ProblemJson = "application/problem+json";

    public static RouteGroupBuilder WithApiConventions(this RouteGroupBuilder api)
    {
        ((IEndpointConventionBuilder)api).Finally(Describe);
        return api;
    }

    /// <summary>The use case can answer 409: someone else changed the record since the caller read it.</summary>
    public static RouteHandlerBuilder MayConflict(this RouteHandlerBuilder endpoint) => endpoint.ProducesProblem(StatusCodes.Status409Conflict);

    /// <summary>The use case can answer 422: a rule refused the change, and the problem's detail says why.</summary>
    public static RouteHandlerBuilder MayBeRefused(this RouteHandlerBuilder endpoint) => endpoint.ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static void Describe(EndpointBuilder endpoint)
    {
        NameAfterHandler(endpoint);
        if (endpoint.Metadata.OfType<IAuthorizeData>().Any() && !endpoint.Metadata.OfType<IAllowAnonymous>().Any())
        {
            Declare(endpoint, StatusCodes.Status401Unauthorized, "No valid API token (or, for a read, sign-in) was presented.");
            if (NeedsPermission(endpoint))
            {
                Declare(endpoint, StatusCodes.Status403Forbidden, "The caller's roles do not grant this.");
            }
        }

        if (endpoint is RouteEndpointBuilder { RoutePattern.Parameters.Count: > 0 })
        {
            Declare(endpoint, StatusCodes.Status404NotFound, "No such record, or one the caller may not see.");
        }

        if (Idempotency.IdempotencyKeyParameter.Accepts(endpoint.Metadata))
        {
            Declare(endpoint, StatusCodes.Status422UnprocessableEntity, Idempotency.IdempotencyKeyParameter.ReusedDescription);
        }

        if (TakesInput(endpoint))
        {
            Declare(endpoint, StatusCodes.Status400BadRequest, "The input is not valid; errors names the fields the use case refused.",
                typeof(HttpValidationProblemDetails));
        }
        else
        {
            foreach (var undue in endpoint.Metadata.OfType<IProducesResponseTypeMetadata>().Where(m => m.StatusCode == StatusCodes.Status400BadRequest).ToList())
            {
                endpoint.Metadata.Remove(undue);
            }
        }
    }

    /// <summary>Handlers are <c>XxxApi.ActionAsync</c> methods: the operation is <c>Xxx_Action</c>, unless the endpoint names itself.</summary>
    private static void NameAfterHandler(EndpointBuilder endpoint)
    {
        var handler = endpoint.Metadata.OfType<System.Reflection.MethodInfo>().LastOrDefault();
        if (endpoint.Metadata.OfType<IEndpointNameMetadata>().Any() || handler?.DeclaringType is not { } type || !IsPlainName(handler.Name))
        {
            return;
        }

        var resource = type.Name.EndsWith("Api", StringComparison.Ordinal) ? type.Name[..^3] : type.Name;
        var action = handler.Name.EndsWith("Async", StringComparison.Ordinal) ? handler.Name[..^5] : handler.Name;
        var name = string.Create(CultureInfo.InvariantCulture, $"{resource}_{action}");
        endpoint.Metadata.Add(new EndpointNameMetadata(name));
    }

    private static bool IsPlainName(string name) => name.All(char.IsAsciiLetterOrDigit);

    /// <summary>True when the endpoint's policies ask for more than a signed-in caller, so a caller can be refused (403).</summary>
    private static bool NeedsPermission(EndpointBuilder endpoint)
    {
        var options = endpoint.ApplicationServices.GetRequiredService<IOptions<AuthorizationOptions>>().Value;
        var policies = endpoint.Metadata.OfType<IAuthorizeData>()
            .Select(a => a.Policy is null ? options.DefaultPolicy : options.GetPolicy(a.Policy))
            .Concat(endpoint.Metadata.OfType<AuthorizationPolicy>());
        return endpoint.Metadata.OfType<IAuthorizeData>().Any(a => !string.IsNullOrEmpty(a.Roles))
            || policies.Any(p => p is null || p.Requirements.Any(r => r is not DenyAnonymousAuthorizationRequirement));
    }

    /// <summary>
    /// Input that can be invalid: a body, or a parameter bound from the request that is not a constrained route value
    /// (a route value that does not match its constraint answers 404).
    /// </summary>
    private static bool TakesInput(EndpointBuilder endpoint)
    {
        var route = (endpoint as RouteEndpointBuilder)?.RoutePattern;
        var services = endpoint.ApplicationServices.GetRequiredService<IServiceProviderIsService>();
        return endpoint.Metadata.OfType<IAcceptsMetadata>().Any()
            || endpoint.Metadata.OfType<IParameterBindingMetadata>().Any(p =>
                !IsConstrainedRouteValue(route, p.Name) && !IsContext(p.ParameterInfo.ParameterType) && !services.IsService(p.ParameterInfo.ParameterType)
                && !p.ParameterInfo.IsDefined(typeof(FromServicesAttribute), inherit: true));
    }

    private static bool IsContext(Type type) =>
        type == typeof(CancellationToken) || type == typeof(HttpContext) || type == typeof(HttpRequest) || type == typeof(HttpResponse)
        || type == typeof(System.Security.Claims.ClaimsPrincipal);

    private static bool IsConstrainedRouteValue(RoutePattern? route, string name) =>
        route?.GetParameter(name) is { ParameterPolicies.Count: > 0 };

    private static void Declare(EndpointBuilder endpoint, int status, string description, Type? type = null)
    {
        if (!endpoint.Metadata.OfType<IProducesResponseTypeMetadata>().Any(m => m.StatusCode == status))
        {
            endpoint.Metadata.Add(new ProducesResponseTypeMetadata(status, type ?? typeof(ProblemDetails), [ProblemJson]) { Description = description });
        }
    }
}
