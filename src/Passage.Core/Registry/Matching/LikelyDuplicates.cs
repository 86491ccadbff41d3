using Passage.Core.Common;

namespace Passage.Core.Registry.Matching;

/// <summary>The problem <see cref="RegisterPerson"/> answers while the persons it may duplicate are not confirmed different.</summary>
public static class LikelyDuplicates
{
    public const string Key = "duplicates";

    public static Problem Problem(IReadOnlyList<DuplicateCandidate> candidates) =>
        new(ProblemKind.LikelyDuplicate, "This person may be registered already.",
            "Compare with each proposed person; to register anyway, name each of them as a different person and say why.")
        {
            Extensions = new Dictionary<string, object>(StringComparer.Ordinal) { [Key] = candidates },
        };

    /// <summary>Carries the proposed persons on another problem, so a caller can show them again beside it.</summary>
    public static Problem With(Problem problem, IReadOnlyList<DuplicateCandidate> candidates) =>
        problem with { Extensions = new Dictionary<string, object>(StringComparer.Ordinal) { [Key] = candidates } };

    /// <summary>The persons a problem says the registration may duplicate; empty when none.</summary>
    public static IReadOnlyList<DuplicateCandidate> In(Problem? problem) =>
        problem?.Extensions is { } extensions && extensions.TryGetValue(Key, out var value) && value is IReadOnlyList<DuplicateCandidate> candidates
            ? candidates
            : [];
}
