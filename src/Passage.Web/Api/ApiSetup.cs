using Microsoft.AspNetCore.Authorization;
using Passage.Web.Accounts;

namespace Passage.Web.Api;

/// <summary>Maps <c>/api/v1</c>: one static class per resource. Writes accept only API tokens, so no page can be tricked into one.</summary>
public static class ApiSetup
{
    public static IEndpointRouteBuilder MapPassageApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithApiConventions();
        api.AddEndpointFilterFactory(DefinedEnumFilter.Create);
        api.MapGet("/me", MeApi.GetMe).WithSummary("Who the caller is").WithTags("Me").RequireAuthorization(Policies.SignedIn);
        api.MapPersonsApi();
        api.MapFamilyLinksApi();
        api.MapDuplicateScansApi();
        api.MapDuplicateReviewsApi();
        api.MapCasesApi();
        api.MapAuditApi();
        api.MapBreakGlassApi();
        api.MapTokensApi();
        api.MapInterviewsApi();
        api.MapPledgesApi();
        api.MapReferralsApi();
        api.MapPrioritiesApi();
        api.MapMovementsApi();
        api.MapIncidentsApi();
        api.MapMovementPlanApi();
        api.MapProtectionApi();
        api.MapVerificationApi();
        api.MapScreeningApi();
        api.MapExportsApi();
        api.MapFamilyRequestsApi();
        return app;
    }

    /// <summary>Lets only an API token authenticate the endpoint: a browser's cookie cannot carry a write.</summary>
    public static TBuilder RequireApiToken<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = ApiTokenAuthenticationHandler.SchemeName });
}
