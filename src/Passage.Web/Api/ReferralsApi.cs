using Microsoft.AspNetCore.Http.HttpResults;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Pledges;
using Passage.Web.Hosting;

namespace Passage.Web.Api;

/// <summary>
/// <c>/api/v1/referrals</c>: referring a case to a pledge, submitting it, withdrawing it, the receiving country's decision, exit clearance,
/// the dossier, and a case's referral history. A country delegate sees only what was submitted to their country; anything
/// else answers 404 like a referral that does not exist.
/// </summary>
public static class ReferralsApi
{
    public sealed record ReferRequest(Guid CaseId, Guid PledgeId, long ExpectedCaseVersion, string? Reason);

    public sealed record SubmitRequest(string? Reason);

    public sealed record DecisionRequest(DecisionOutcome Outcome, DateOnly DecidedOn, string? Reason);

    public sealed record ClearanceRequest(bool DocumentsReady, bool ExitPermission, DateOnly On, string? Note);

    public sealed record WithdrawalRequest(string? Reason);

    public sealed record StatusChanged(Guid Id, ReferralStatus Status);

    public static RouteGroupBuilder MapReferralsApi(this RouteGroupBuilder api)
    {
        var referrals = api.MapGroup("/referrals").WithTags("Referrals");
        referrals.MapGet("/", ListAsync).WithSummary("List referrals").RequireAuthorization(nameof(Permission.ReadPledges)).RequireRateLimiting(RateLimitingSetup.Listing);
        referrals.MapPost("/", ReferAsync).WithSummary("Refer a case to a pledge")
            .ProducesProblem(StatusCodes.Status404NotFound).MayConflict().MayBeRefused().RequireAuthorization(nameof(Permission.WritePledges)).RequireApiToken();
        referrals.MapPost("/{id:guid}/submission", SubmitAsync).WithSummary("Submit a referral to the country")
            .MayConflict().MayBeRefused().RequireAuthorization(nameof(Permission.WritePledges)).RequireApiToken();
        referrals.MapPost("/{id:guid}/decisions", DecideAsync).WithSummary("Record the country's decision")
            .MayConflict().MayBeRefused().RequireAuthorization(nameof(Permission.DecideReferrals)).RequireApiToken();
        referrals.MapPost("/{id:guid}/withdrawal", WithdrawAsync).WithSummary("Withdraw a referral")
            .MayConflict().MayBeRefused().RequireAuthorization(nameof(Permission.WritePledges)).RequireApiToken();
        referrals.MapPost("/{id:guid}/clearances", ClearAsync).WithSummary("Record exit clearance")
            .MayConflict().MayBeRefused().RequireAuthorization(nameof(Permission.WritePledges)).RequireApiToken();
        referrals.MapGet("/{id:guid}/dossier.json", DossierJsonAsync).WithSummary("The referral dossier as JSON")
            .Produces<Dossier>(StatusCodes.Status200OK, "application/json").RequireAuthorization(nameof(Permission.ReadPledges));
        referrals.MapGet("/{id:guid}/dossier.pdf", DossierPdfAsync).WithSummary("The referral dossier as PDF")
            .Produces<Stream>(StatusCodes.Status200OK, "application/pdf").RequireAuthorization(nameof(Permission.ReadPledges));
        api.MapGet("/cases/{id:guid}/referrals", HistoryAsync).WithSummary("A case's referrals")
            .WithTags("Referrals").RequireAuthorization(nameof(Permission.ReadPledges));
        return api;
    }

    public static async Task<Ok<IReadOnlyList<ReferralSummary>>> ListAsync(ReferralStatus? status, Guid? pledgeId, ListReferrals list, CancellationToken ct) =>
        TypedResults.Ok(await list.ExecuteAsync(status, pledgeId, ct));

    public static async Task<Results<Ok<ReferralMade>, ValidationProblem, ProblemHttpResult>> ReferAsync(ReferRequest request, ReferCase refer, CancellationToken ct) =>
        (await refer.ExecuteAsync(request.CaseId, request.PledgeId, request.ExpectedCaseVersion, request.Reason, ct)).OkOrProblem();

    public static async Task<Results<Ok<StatusChanged>, ValidationProblem, ProblemHttpResult>> SubmitAsync(
        Guid id, SubmitRequest request, SubmitReferral submit, CancellationToken ct) =>
        (await submit.ExecuteAsync(id, request.Reason, ct)).OkOrProblem(r => new StatusChanged(r.Id, r.Status));

    /// <summary>Withdraws the referral with a reason: the case goes back to Interviewed and accepted places return to the pledge.</summary>
    public static async Task<Results<Ok<StatusChanged>, ValidationProblem, ProblemHttpResult>> WithdrawAsync(
        Guid id, WithdrawalRequest request, WithdrawReferral withdraw, CancellationToken ct) =>
        (await withdraw.ExecuteAsync(id, request.Reason, ct)).OkOrProblem(r => new StatusChanged(r.Id, r.Status));

    public static async Task<Results<Ok<DecisionView>, ValidationProblem, ProblemHttpResult>> DecideAsync(
        Guid id, DecisionRequest request, DecideReferral decide, CancellationToken ct) =>
        (await decide.ExecuteAsync(id, request.Outcome, request.DecidedOn, request.Reason, ct))
            .OkOrProblem(d => new DecisionView(d.Outcome, d.DecidedOn, d.Reason, d.RecordedByName, d.RecordedAt));

    public static async Task<Results<Ok<ClearanceView>, ValidationProblem, ProblemHttpResult>> ClearAsync(
        Guid id, ClearanceRequest request, RecordExitClearance clear, CancellationToken ct) =>
        (await clear.ExecuteAsync(id, request.DocumentsReady, request.ExitPermission, request.On, request.Note, ct))
            .OkOrProblem(c => new ClearanceView(c.Status, c.DocumentsReady, c.ExitPermission, c.On, c.Note, c.RecordedByName));

    public static async Task<Results<Ok<CaseReferrals>, ValidationProblem, ProblemHttpResult>> HistoryAsync(Guid id, ViewCaseReferrals view, CancellationToken ct) =>
        (await view.ExecuteAsync(id, ct)).OkOrProblem();

    public static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> DossierJsonAsync(Guid id, BuildDossier build, CancellationToken ct) =>
        File(await build.ExecuteAsync(id, ct), DossierJson.Serialize, "application/json", "json");

    public static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> DossierPdfAsync(Guid id, BuildDossier build, CancellationToken ct) =>
        File(await build.ExecuteAsync(id, ct), DossierPdf.Render, "application/pdf", "pdf");

    private static Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult> File(Result<Dossier> dossier, Func<Dossier, byte[]> render, string type, string extension) =>
        dossier.Succeeded
            ? TypedResults.File(render(dossier.Value), type, $"dossier-{dossier.Value.CaseNumber}.{extension}")
            : ApiResults.Widen<FileContentHttpResult>(dossier.Problem!.ToHttp());
}
