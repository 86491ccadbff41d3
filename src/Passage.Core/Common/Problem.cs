namespace Passage.Core.Common;

/// <summary>What kind of failure a <see cref="Problem"/> is; the web layer maps each to one HTTP status.</summary>
public enum ProblemKind
{
    /// <summary>The input is invalid; <see cref="Problem.Errors"/> names the fields.</summary>
    Validation,

    /// <summary>The record does not exist, or the caller may not know that it exists.</summary>
    NotFound,

    /// <summary>A guard refused the change; <see cref="Problem.Detail"/> gives the reason.</summary>
    Refused,

    /// <summary>Someone else changed the record since the caller read it.</summary>
    Conflict,

    /// <summary>The record may exist already; <see cref="Problem.Extensions"/> holds what it may be the same as.</summary>
    LikelyDuplicate,
}

/// <summary>An expected failure with a message a user can act on. Never holds personal data in <see cref="Title"/>.</summary>
public sealed record Problem(ProblemKind Kind, string Title, string? Detail = null, IReadOnlyDictionary<string, string[]>? Errors = null)
{
    /// <summary>Further members of the problem (RFC 9457 extension members), for the caller to show; keyed by name.</summary>
    public IReadOnlyDictionary<string, object>? Extensions { get; init; }

    public static Problem NotFound(string what) => new(ProblemKind.NotFound, $"{what} not found.");

    public static Problem Refused(string reason) => new(ProblemKind.Refused, "The change was refused.", reason);

    public static Problem Conflict() => new(ProblemKind.Conflict, "Changed by someone else.",
        "Someone else changed this record after you opened it. Your changes were not saved; reload to see the current version and try again.");

    public static Problem Invalid(IReadOnlyDictionary<string, string[]> errors) =>
        new(ProblemKind.Validation, "Some fields are not valid.", null, errors);

    public static Problem Invalid(string field, string message) =>
        Invalid(new Dictionary<string, string[]> { [field] = [message] });
}
