using Microsoft.AspNetCore.Http.HttpResults;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.FamilyContact;
using Passage.Web.Hosting;

namespace Passage.Web.Api;

/// <summary>
/// <c>/api/v1/family-requests</c>: family contact requests for tracing (and protection, to read), with the registry's
/// candidates, the sought person's private answer and the contacts made; <c>/answer</c> is the one text the requester may be
/// told. <c>/api/v1/family-request-flags</c>: the requesters flagged for the security officer.
/// </summary>
public static class FamilyRequestsApi
{
    public sealed record RequestReceived(Guid Id, string Number);

    public sealed record CandidateChoice(Guid? PersonId, long ExpectedVersion);

    public sealed record ConsentRecord(ConsentAnswer Answer, bool AskedAlone, string? Note, long ExpectedVersion);

    public sealed record ConsentWithdrawal(string? Note, long ExpectedVersion);

    public sealed record ContactRecord(ContactKind Kind, string? Note, long ExpectedVersion);

    public sealed record ContactRecorded(ContactKind Kind, DateTimeOffset RecordedAt);

    public static RouteGroupBuilder MapFamilyRequestsApi(this RouteGroupBuilder api)
    {
        var requests = api.MapGroup("/family-requests").WithTags("FamilyContact");
        requests.MapGet("/", ListAsync).WithSummary("Family contact requests, latest first")
            .RequireAuthorization(nameof(Permission.ReadFamilyRequests)).RequireRateLimiting(RateLimitingSetup.Listing);
        requests.MapPost("/", ReceiveAsync).WithSummary("Record a family contact request received from outside")
            .MayBeRefused().RequireAuthorization(nameof(Permission.WriteFamilyRequests)).RequireApiToken();
        requests.MapGet("/{id:guid}", ViewAsync).WithSummary("A family contact request in full")
            .RequireAuthorization(nameof(Permission.ReadFamilyRequests));
        requests.MapGet("/{id:guid}/candidates", CandidatesAsync).WithSummary("Registered persons who may be the one sought, scored and explained")
            .RequireAuthorization(nameof(Permission.WriteFamilyRequests)).RequireRateLimiting(RateLimitingSetup.Listing);
        requests.MapPost("/{id:guid}/candidate", ConfirmAsync).WithSummary("Confirm one candidate as the person sought, or that none is")
            .MayConflict().MayBeRefused().RequireAuthorization(nameof(Permission.WriteFamilyRequests)).RequireApiToken();
        requests.MapPost("/{id:guid}/consent", ConsentAsync).WithSummary("Record the sought person's answer, given alone")
            .MayConflict().MayBeRefused().RequireAuthorization(nameof(Permission.WriteFamilyRequests)).RequireApiToken();
        requests.MapPost("/{id:guid}/consent-withdrawal", WithdrawAsync).WithSummary("Record that the sought person withdrew their consent")
            .MayConflict().MayBeRefused().RequireAuthorization(nameof(Permission.WriteFamilyRequests)).RequireApiToken();
        requests.MapPost("/{id:guid}/contacts", ContactAsync).WithSummary("Record a message passed or a call arranged through the agency")
            .MayConflict().MayBeRefused().RequireAuthorization(nameof(Permission.WriteFamilyRequests)).RequireApiToken();
        requests.MapGet("/{id:guid}/answer", AnswerAsync).WithSummary("The one fixed text the requester may be told now")
            .RequireAuthorization(nameof(Permission.ReadFamilyRequests));
        api.MapGet("/family-request-flags/", FlagsAsync).WithTags("FamilyContact").WithSummary("Requesters flagged for the security officer, latest first")
            .RequireAuthorization(nameof(Permission.ReadFamilyRequestFlags)).RequireRateLimiting(RateLimitingSetup.Listing);
        return api;
    }

    public static async Task<Results<Ok<Page<FamilyRequestSummary>>, ValidationProblem, ProblemHttpResult>> ListAsync(
        int? page, int? pageSize, ListFamilyRequests list, CancellationToken ct) =>
        (await list.ExecuteAsync(page, pageSize, ct)).OkOrProblem();

    /// <summary>Records the request: 200 with its id and number, 400 for invalid fields, 422 when a limit refuses it.</summary>
    public static async Task<Results<Ok<RequestReceived>, ValidationProblem, ProblemHttpResult>> ReceiveAsync(
        FamilyRequestDetails request, ReceiveFamilyRequest receive, CancellationToken ct) =>
        (await receive.ExecuteAsync(request, ct)).OkOrProblem(r => new RequestReceived(r.Id, r.Number));

    public static async Task<Results<Ok<FamilyRequestView>, ValidationProblem, ProblemHttpResult>> ViewAsync(
        Guid id, ViewFamilyRequest view, CancellationToken ct) =>
        (await view.ExecuteAsync(id, ct)).OkOrProblem();

    public static async Task<Results<Ok<IReadOnlyList<FamilyCandidate>>, ValidationProblem, ProblemHttpResult>> CandidatesAsync(
        Guid id, FindFamilyCandidates find, CancellationToken ct) =>
        (await find.ExecuteAsync(id, ct)).OkOrProblem();

    public static async Task<Results<Ok<FamilyRequestView>, ValidationProblem, ProblemHttpResult>> ConfirmAsync(
        Guid id, CandidateChoice choice, ConfirmFamilyCandidate confirm, ViewFamilyRequest view, CancellationToken ct) =>
        await ThenViewAsync(id, await confirm.ExecuteAsync(id, choice.PersonId, choice.ExpectedVersion, ct), view, ct);

    public static async Task<Results<Ok<FamilyRequestView>, ValidationProblem, ProblemHttpResult>> ConsentAsync(
        Guid id, ConsentRecord consent, RecordFamilyConsent record, ViewFamilyRequest view, CancellationToken ct) =>
        await ThenViewAsync(id, await record.ExecuteAsync(id, consent.Answer, consent.AskedAlone, consent.Note, consent.ExpectedVersion, ct), view, ct);

    public static async Task<Results<Ok<FamilyRequestView>, ValidationProblem, ProblemHttpResult>> WithdrawAsync(
        Guid id, ConsentWithdrawal withdrawal, WithdrawFamilyConsent withdraw, ViewFamilyRequest view, CancellationToken ct) =>
        await ThenViewAsync(id, await withdraw.ExecuteAsync(id, withdrawal.Note, withdrawal.ExpectedVersion, ct), view, ct);

    public static async Task<Results<Ok<ContactRecorded>, ValidationProblem, ProblemHttpResult>> ContactAsync(
        Guid id, ContactRecord contact, RecordFamilyContact record, CancellationToken ct) =>
        (await record.ExecuteAsync(id, contact.Kind, contact.Note, contact.ExpectedVersion, ct)).OkOrProblem(c => new ContactRecorded(c.Kind, c.RecordedAt));

    public static async Task<Results<Ok<RequesterAnswer>, ValidationProblem, ProblemHttpResult>> AnswerAsync(
        Guid id, AnswerFamilyRequester answer, CancellationToken ct) =>
        (await answer.ExecuteAsync(id, ct)).OkOrProblem();

    public static async Task<Results<Ok<Page<FamilyRequestFlagView>>, ValidationProblem, ProblemHttpResult>> FlagsAsync(
        int? page, int? pageSize, ListFamilyRequestFlags list, CancellationToken ct) =>
        (await list.ExecuteAsync(page, pageSize, ct)).OkOrProblem();

    private static async Task<Results<Ok<FamilyRequestView>, ValidationProblem, ProblemHttpResult>> ThenViewAsync(
        Guid id, Result<FamilyRequest> changed, ViewFamilyRequest view, CancellationToken ct) =>
        changed.Succeeded ? (await view.ExecuteAsync(id, ct)).OkOrProblem() : ApiResults.Widen<Ok<FamilyRequestView>>(changed.Problem!.ToHttp());
}
