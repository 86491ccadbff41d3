using System.Globalization;
using Passage.Matching.Scoring;

namespace Passage.Core.Registry.Matching;

/// <summary>
/// How the likelihood that two records are one person is shown to people. Never as 100 % or 0 %: the engine is never
/// certain, and a rounded "100 %" reads as a fact. The words of the decision band say what to do with it.
/// </summary>
public static class Likelihood
{
    /// <summary>"&gt; 99 %", "&lt; 1 %", or the whole percentage in between.</summary>
    public static string Text(double probability) => probability switch
    {
        > 0.99 => "> 99 %",
        < 0.01 => "< 1 %",
        _ => string.Create(CultureInfo.InvariantCulture, $"{Math.Clamp(Math.Round(probability * 100), 1, 99):0} %"),
    };

    /// <summary>
    /// What the likelihood means for a reviewer, in the bands calibrated for pairs put side by side because they look alike
    /// (<see cref="PairScoring"/>), as every proposed pair is: "very likely the same person" only from
    /// <see cref="PairScoring.MatchThreshold"/>, not from an even chance.
    /// </summary>
    public static string Band(double probability) =>
        probability >= PairScoring.MatchThreshold ? "very likely the same person"
        : probability >= PairScoring.PossibleThreshold ? "a person should look"
        : "probably different people";
}
