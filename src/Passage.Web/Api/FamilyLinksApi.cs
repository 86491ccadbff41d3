using Microsoft.AspNetCore.Http.HttpResults;
using Passage.Core.Accounts;
using Passage.Core.Registry;

namespace Passage.Web.Api;

/// <summary>
/// <c>/api/v1/persons/{id}/family-links</c>: a person's family links in their case and across cases (spouse, parent, child,
/// sibling, other relative), added by registration number and removed, by whoever registers persons; as on the person's
/// family links page.
/// </summary>
public static class FamilyLinksApi
{
    /// <summary>A family member to link, by registration number, and what they are to the person.</summary>
    public sealed record FamilyLinkRequest(string? RelatedPerson, Relationship? Relationship);

    public static RouteGroupBuilder MapFamilyLinksApi(this RouteGroupBuilder api)
    {
        var links = api.MapGroup("/persons/{id:guid}/family-links").WithTags("Persons");
        links.MapGet("/", ListAsync).WithSummary("A person's family links, each with what the other person is to them and whether they share the case")
            .RequireAuthorization(nameof(Permission.WriteBiodata));
        links.MapPost("/", AddAsync).WithSummary("Link a family member to a person by registration number")
            .RequireAuthorization(nameof(Permission.WriteBiodata)).RequireApiToken();
        links.MapDelete("/{relatedId:guid}", RemoveAsync).WithSummary("Remove the family link between two persons; both stay in their cases")
            .RequireAuthorization(nameof(Permission.WriteBiodata)).RequireApiToken();
        return api;
    }

    public static async Task<Results<Ok<IReadOnlyList<FamilyLinkView>>, ValidationProblem, ProblemHttpResult>> ListAsync(
        Guid id, ViewPerson view, CancellationToken ct) =>
        (await view.ExecuteAsync(id, ct)).OkOrProblem(p => p.FamilyLinks);

    /// <summary>200 with the link as recorded; 400 naming the field (no relationship, an unknown number, the person themself, a pair already linked).</summary>
    public static async Task<Results<Ok<FamilyLinkRecorded>, ValidationProblem, ProblemHttpResult>> AddAsync(
        Guid id, FamilyLinkRequest request, LinkFamilyMembers link, CancellationToken ct) =>
        (await link.ExecuteAsync(id, request.RelatedPerson, request.Relationship, ct)).OkOrProblem();

    /// <summary>204 when the link was removed; 404 when there was none between the two persons.</summary>
    public static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> RemoveAsync(
        Guid id, Guid relatedId, UnlinkFamilyMembers unlink, CancellationToken ct)
    {
        var removed = await unlink.ExecuteAsync(id, relatedId, ct);
        return removed.Succeeded ? TypedResults.NoContent() : ApiResults.Widen<NoContent>(removed.Problem!.ToHttp());
    }
}
