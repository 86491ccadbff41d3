using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Passage.Web.Api;

/// <summary>
/// The OpenAPI document as a client generator needs it: what the API is, its tags with their meaning, and the personal API
/// token as a bearer scheme required by every operation that is not anonymous.
/// </summary>
public static class ApiDocument
{
    public const string BearerScheme = "apiToken";

    /// <summary>What each tag groups; a tag missing here fails the document's lint.</summary>
    private static readonly Dictionary<string, string> TagDescriptions = new(StringComparer.Ordinal)
    {
        ["Me"] = "Who the caller is, as the server sees them.",
        ["My API tokens"] = "The caller's own personal API tokens.",
        ["Persons"] = "The registry: listing, searching, registering and changing residents' records.",
        ["Duplicates"] = "Scans of the registry for persons registered twice, and the review of the pairs they propose.",
        ["Cases"] = "Cases (households), their history and their status transitions.",
        ["Interviews"] = "Resettlement interviews, third-party lists and protection flags.",
        ["Pledges"] = "Countries' pledges of places and the referral queue.",
        ["Referrals"] = "Referring cases to pledges, submissions, countries' decisions, exit clearance and dossiers.",
        ["Movements"] = "Flights and convoys, booking cleared cases, departure day, arrival, cancellation and numbered manifest versions.",
        ["Priorities"] = "The weights of the referral priority score.",
        ["Audit"] = "The auditor's search of the audit log.",
        ["Incidents"] = "Incidents in the camp with their numbers of casualties; who the casualties are only for the security officer or under an emergency grant.",
        ["Break-glass"] = "Emergency access to a record by stating a reason, and the auditor's review of each such access.",
        ["Verification"] = "Receiving countries ask whether a person was a resident; registration supervisors review the registry's candidates and answer verified, not verified or cannot determine.",
        ["Screening"] = "Lists of wanted persons imported by the security officer, screening of the registry against them, and the adjudication of hits.",
        ["Exports"] = "Lists as CSV or XLSX files with only the columns the caller may read, and aggregate tables with optional HXL hashtags.",
        ["Protection"] = "Walk-outs: residents who left the camp and asked for protection, with their whereabouts (protection officers only); voluntary return: request, the origin country's acceptance and travel documents, departure.",
        ["FamilyContact"] = "Family contact requests: the registry's candidates, the sought person's private answer, contacts through the agency, the one fixed answer a requester is told, and the requesters flagged for the security officer.",
    };

    public static IServiceCollection AddPassageOpenApi(this IServiceCollection services) => services.AddOpenApi(options =>
    {
        options.AddDocumentTransformer(DescribeAsync);
        options.AddOperationTransformer(RequireTokenAsync);
        options.AddOperationTransformer(Idempotency.IdempotencyKeyParameter.DescribeAsync);
    });

    private static Task DescribeAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Passage API",
            Version = "v1",
            Description = "Case management of a relocation operation: the registry, cases, interviews, pledges and referrals. "
                + "Authenticate with a personal API token (Authorization: Bearer psg_…), created on the API tokens page. "
                + "Errors are RFC 9457 problem details; a record the caller may not see answers 404 like a missing one.",
        };
        // The document is served by the API itself: operations are relative to where it was fetched from.
        document.Servers = [new OpenApiServer { Url = "/", Description = "This Passage server" }];
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal);
        document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "psg_…",
            Description = "A personal API token. Reads also accept the sign-in cookie of the pages; writes accept only a token.",
        };
        foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
        {
            tag.Description = TagDescriptions.GetValueOrDefault(tag.Name ?? "");
        }

        return Task.CompletedTask;
    }

    private static Task RequireTokenAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any())
        {
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] }];
        }

        return Task.CompletedTask;
    }
}
