using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Passage.Core.Accounts;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.Registry;
using Passage.Core.Registry.Matching;
using Passage.Web.Accounts;
using Passage.Web.Hosting;

namespace Passage.Web.Api;

/// <summary><c>/api/v1/persons</c>: the registry list and search, a person's record, registration, biodata changes and case moves.</summary>
public static class PersonsApi
{
    public sealed record PersonQuery(
        CaseStatus? Status, Sex? Sex, AgeBand? AgeBand, string? Need, string? Block, string? Q, int? Page, int? PageSize);

    /// <param name="Warnings">Names that look wrong (letters of several scripts), by field; saved as typed.</param>
    public sealed record RegisteredPerson(Guid Id, string RegistrationNumber, Guid CaseId, long Version, IReadOnlyDictionary<string, string> Warnings);

    public sealed record UpdatePersonRequest(long ExpectedVersion, PersonDetails Person);

    public sealed record UpdatedPerson(Guid Id, string RegistrationNumber, long Version, IReadOnlyDictionary<string, string> Warnings);

    public sealed record MovePersonRequest(Guid? TargetCaseId, string? Reason);

    public static RouteGroupBuilder MapPersonsApi(this RouteGroupBuilder api)
    {
        var persons = api.MapGroup("/persons").WithTags("Persons");
        persons.MapGet("/", ListAsync).WithSummary("List residents").RequireAuthorization(nameof(Permission.ReadBiodata)).RequireRateLimiting(RateLimitingSetup.Listing);
        persons.MapGet("/search", SearchAsync).WithSummary("Search residents by registration or case number or by name")
            .RequireAuthorization(nameof(Permission.ReadBiodata)).RequireRateLimiting(RateLimitingSetup.Listing);
        persons.MapGet("/{id:guid}", GetAsync).WithSummary("A person's record").RequireAuthorization(Policies.SignedIn);
        api.MapGet("/registration-numbers/{number}", GetByNumberAsync).WithTags("Persons").WithSummary("A person's record by registration number (PSG-000123, psg123 or the digits)")
            .RequireAuthorization(nameof(Permission.ReadBiodata)).RequireRateLimiting(RateLimitingSetup.Listing);
        persons.MapPost("/", RegisterAsync).WithSummary("Register a person")
            .MayConflict().RequireAuthorization(nameof(Permission.WriteBiodata)).RequireApiToken();
        persons.MapPost("/duplicates", DuplicatesAsync).WithSummary("Find possible duplicates of a person before registering")
            .RequireAuthorization(nameof(Permission.WriteBiodata)).RequireApiToken();
        persons.MapPut("/{id:guid}", UpdateAsync).WithSummary("Change a person's biodata")
            .MayConflict().RequireAuthorization(nameof(Permission.WriteBiodata)).RequireApiToken();
        persons.MapPost("/{id:guid}/case", MoveToCaseAsync).WithSummary("Move a person to another case or a new one")
            .MayConflict().MayBeRefused().RequireAuthorization(nameof(Permission.ManageCaseMembers)).RequireApiToken();
        return api;
    }

    public static async Task<Results<Ok<Page<PersonRow>>, ValidationProblem, ProblemHttpResult>> ListAsync(
        [AsParameters] PersonQuery query, ListPersons list, CancellationToken ct) =>
        (await list.ExecuteAsync(new PersonFilter(query.Status, query.Sex, query.AgeBand, query.Need, query.Block, query.Q), query.Page, query.PageSize, ct))
            .OkOrProblem();

    public static async Task<Results<Ok<Page<PersonRow>>, ValidationProblem, ProblemHttpResult>> SearchAsync(
        string? q, int? page, int? pageSize, ListPersons list, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return ApiResults.Widen<Ok<Page<PersonRow>>>(Problem.Invalid("q", "Enter a registration number or a name.").ToHttp());
        }

        return (await list.ExecuteAsync(new PersonFilter(Query: q), page, pageSize, ct)).OkOrProblem();
    }

    public static async Task<Results<Ok<PersonView>, ValidationProblem, ProblemHttpResult>> GetAsync(Guid id, ViewPerson view, CancellationToken ct) =>
        (await view.ExecuteAsync(id, ct)).OkOrProblem();

    /// <summary>The record a registration number names; 404, as for a number that names nobody, when the caller may not see it. Audited as a search and as a read.</summary>
    public static async Task<Results<Ok<PersonView>, ValidationProblem, ProblemHttpResult>> GetByNumberAsync(
        string number, FindByNumber find, ViewPerson view, CancellationToken ct)
    {
        var found = await find.ExecuteAsync(number, NumberedKind.Person, ct);
        return found.Succeeded
            ? (await view.ExecuteAsync(found.Value.Id, ct)).OkOrProblem()
            : ApiResults.Widen<Ok<PersonView>>(Problem.NotFound("Person").ToHttp());
    }

    /// <summary>The registered persons who may be the person described, with the engine's explanations, before registering.</summary>
    public static async Task<Results<Ok<IReadOnlyList<DuplicateCandidate>>, ValidationProblem, ProblemHttpResult>> DuplicatesAsync(
        PersonDetails person, FindDuplicates find, CancellationToken ct) =>
        (await find.ExecuteAsync(person, null, ct)).OkOrProblem();

    /// <summary>
    /// Registers a person. When the matching engine proposes likely duplicates, answers 409 with them in <c>duplicates</c>
    /// unless <paramref name="distinctFrom"/> names every one of them, with <paramref name="distinctReason"/>.
    /// </summary>
    public static async Task<Results<Created<RegisteredPerson>, ValidationProblem, ProblemHttpResult>> RegisterAsync(
        PersonDetails person, Guid? caseId, [FromQuery] Guid[]? distinctFrom, [FromQuery] string? distinctReason,
        RegisterPerson register, CancellationToken ct)
    {
        var result = await register.ExecuteAsync(person, caseId, new DistinctFrom(distinctFrom ?? [], distinctReason), ct);
        if (result.Problem is { Kind: ProblemKind.LikelyDuplicate } duplicate)
        {
            return TypedResults.Problem(
                title: duplicate.Title,
                detail: "Compare with the proposed persons; to register anyway, repeat the request with distinctFrom naming each of them and a distinctReason.",
                statusCode: StatusCodes.Status409Conflict,
                extensions: new Dictionary<string, object?>
                {
                    [LikelyDuplicates.Key] = LikelyDuplicates.In(duplicate)
                        .Select(d => new { d.PersonId, d.RegistrationNumber, d.Result.Probability, Decision = d.Result.Decision.ToString() }).ToList(),
                });
        }

        if (!result.Succeeded)
        {
            return ApiResults.Widen<Created<RegisteredPerson>>(result.Problem!.ToHttp());
        }

        var p = result.Value;
        return TypedResults.Created($"/api/v1/persons/{p.Id}", new RegisteredPerson(p.Id, p.RegistrationNumber, p.CaseId, p.Version, person.Warnings()));
    }

    public static async Task<Results<Ok<UpdatedPerson>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid id, UpdatePersonRequest request, UpdatePerson update, CancellationToken ct) =>
        (await update.ExecuteAsync(id, request.ExpectedVersion, request.Person, ct))
            .OkOrProblem(p => new UpdatedPerson(p.Id, p.RegistrationNumber, p.Version, request.Person.Warnings()));

    public static async Task<Results<Ok<PersonMoved>, ValidationProblem, ProblemHttpResult>> MoveToCaseAsync(
        Guid id, MovePersonRequest request, MovePersonToCase move, CancellationToken ct) =>
        (await move.ExecuteAsync(id, request.TargetCaseId, request.Reason, ct)).OkOrProblem();
}
