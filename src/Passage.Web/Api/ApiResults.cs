using Microsoft.AspNetCore.Http.HttpResults;
using Passage.Core.Common;

namespace Passage.Web.Api;

/// <summary>
/// Turns a use case's <see cref="Problem"/> into an RFC 9457 problem: validation 400 with the field errors, not found 404
/// (also for what the caller may not see), a refused guard 422 with the reason, a stale version 409.
/// </summary>
public static class ApiResults
{
    public static Results<ValidationProblem, ProblemHttpResult> ToHttp(this Problem problem) => problem.Kind switch
    {
        ProblemKind.Validation => TypedResults.ValidationProblem(
            (problem.Errors ?? new Dictionary<string, string[]>()).ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal),
            title: problem.Title),
        ProblemKind.NotFound => TypedResults.Problem(title: problem.Title, statusCode: StatusCodes.Status404NotFound),
        ProblemKind.Refused => TypedResults.Problem(title: problem.Title, detail: problem.Detail, statusCode: StatusCodes.Status422UnprocessableEntity),
        ProblemKind.Conflict or ProblemKind.LikelyDuplicate =>
            TypedResults.Problem(title: problem.Title, detail: problem.Detail, statusCode: StatusCodes.Status409Conflict),
        _ => throw new ArgumentOutOfRangeException(nameof(problem), problem.Kind, "Unknown problem kind."),
    };

    /// <summary>The value as 200, or the problem.</summary>
    public static Results<Ok<T>, ValidationProblem, ProblemHttpResult> OkOrProblem<T>(this Result<T> result) =>
        result.Succeeded ? TypedResults.Ok(result.Value) : Widen<Ok<T>>(result.Problem!.ToHttp());

    /// <summary>The mapped value as 200, or the problem.</summary>
    public static Results<Ok<TOut>, ValidationProblem, ProblemHttpResult> OkOrProblem<T, TOut>(this Result<T> result, Func<T, TOut> map) =>
        result.Succeeded ? TypedResults.Ok(map(result.Value)) : Widen<Ok<TOut>>(result.Problem!.ToHttp());

    public static Results<TSuccess, ValidationProblem, ProblemHttpResult> Widen<TSuccess>(Results<ValidationProblem, ProblemHttpResult> problem)
        where TSuccess : IResult => problem.Result switch
        {
            ValidationProblem validation => validation,
            ProblemHttpResult other => other,
            _ => throw new InvalidOperationException("Unexpected problem result."),
        };
}
