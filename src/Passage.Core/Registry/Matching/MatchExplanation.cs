using System.Globalization;
using Passage.Matching.Scoring;

namespace Passage.Core.Registry.Matching;

/// <summary>The engine's explanation of a score as stored beside a proposal: each field, its level and its weight in bits.</summary>
public static class MatchExplanation
{
    public static string Text(MatchResult result) => string.Join("; ", result.Explanation.Select(e =>
        string.Create(CultureInfo.InvariantCulture, $"{e.Field}: {e.LevelName} {e.Weight:+0.0;-0.0;0}")));
}
