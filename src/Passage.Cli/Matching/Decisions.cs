using System.Globalization;
using Passage.Matching.Scoring;

namespace Passage.Cli.Matching;

/// <summary>How scores and decisions are written in output files.</summary>
internal static class Decisions
{
    public static string Text(MatchDecision decision) => decision switch
    {
        MatchDecision.Match => "match",
        MatchDecision.Possible => "possible",
        _ => "non-match",
    };

    public static string Score(double probability) => probability.ToString("0.######", CultureInfo.InvariantCulture);
}
