using Microsoft.AspNetCore.Http.HttpResults;
using Passage.Core.Accounts;
using Passage.Core.Interviews;
using Passage.Web.Hosting;

namespace Passage.Web.Api;

/// <summary>
/// Interviews: a person's interviews (the full record for protection officers, the choice only for resettlement officers),
/// the family view of a case, recording an interview, and lists received from third parties.
/// </summary>
public static class InterviewsApi
{
    public sealed record RecordedInterview(Guid Id, Guid PersonId, int Sequence, ResettlementChoice Choice);

    /// <summary>What the officer did about a flag.</summary>
    public sealed record FlagDoneNote(string? Note);

    public static RouteGroupBuilder MapInterviewsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("").WithTags("Interviews");
        group.MapGet("/persons/{id:guid}/interviews", GetAsync).WithSummary("A person's interviews")
            .RequireAuthorization(nameof(Permission.ReadResettlementChoice));
        group.MapGet("/cases/{id:guid}/interviews", FamilyAsync).WithSummary("The interviews of a case's members")
            .RequireAuthorization(nameof(Permission.ReadResettlementChoice));
        group.MapPost("/persons/{id:guid}/interviews", RecordAsync).WithSummary("Record an interview")
            .MayConflict().RequireAuthorization(nameof(Permission.WriteInterviewRecord)).RequireApiToken();
        group.MapPost("/third-party-lists", RecordListAsync).WithSummary("Record a list received from a third party")
            .RequireAuthorization(nameof(Permission.WriteInterviewRecord)).RequireApiToken();
        group.MapGet("/protection-flags", FlagsAsync).WithSummary("Protection officers' highlights: lists that contradict interviews")
            .RequireAuthorization(nameof(Permission.ReadInterviewRecord)).RequireRateLimiting(RateLimitingSetup.Listing);
        group.MapPost("/protection-flags/{key}/done", MarkFlagDoneAsync)
            .WithSummary("Mark a protection flag done with a note of what was done; it comes back when a new interview or list raises it again")
            .MayConflict().MayBeRefused().RequireAuthorization(nameof(Permission.WriteInterviewRecord)).RequireApiToken();
        return api;
    }

    public static async Task<Results<Ok<PersonInterviews>, ValidationProblem, ProblemHttpResult>> GetAsync(Guid id, ViewInterviews view, CancellationToken ct) =>
        (await view.ExecuteAsync(id, ct)).OkOrProblem();

    public static async Task<Results<Ok<IReadOnlyList<FamilyMemberInterview>>, ValidationProblem, ProblemHttpResult>> FamilyAsync(
        Guid id, ViewCaseInterviews view, CancellationToken ct) =>
        (await view.ExecuteAsync(id, ct)).OkOrProblem();

    public static async Task<Results<Ok<RecordedInterview>, ValidationProblem, ProblemHttpResult>> RecordAsync(
        Guid id, InterviewDetails interview, RecordInterview record, CancellationToken ct) =>
        (await record.ExecuteAsync(id, interview, ct)).OkOrProblem(i => new RecordedInterview(i.Id, i.PersonId, i.Sequence, i.Choice));

    public static async Task<Results<Ok<ThirdPartyListRecorded>, ValidationProblem, ProblemHttpResult>> RecordListAsync(
        ThirdPartyListDetails list, RecordThirdPartyList record, CancellationToken ct) =>
        (await record.ExecuteAsync(list, ct)).OkOrProblem();

    public static async Task<Ok<IReadOnlyList<ProtectionFlag>>> FlagsAsync(ProtectionFlags flags, CancellationToken ct) =>
        TypedResults.Ok(await flags.ExecuteAsync(ct));

    /// <summary>200 with the flag and its note; 400 without a note; 404 for a flag the caller cannot see; 422 when it was marked done already; 409 when marked at the same moment.</summary>
    public static async Task<Results<Ok<ProtectionFlag>, ValidationProblem, ProblemHttpResult>> MarkFlagDoneAsync(
        string key, FlagDoneNote request, MarkProtectionFlagDone markDone, CancellationToken ct) =>
        (await markDone.ExecuteAsync(key, request.Note, ct)).OkOrProblem();
}
