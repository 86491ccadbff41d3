using Passage.Matching.Comparison;
using Passage.Matching.Normalisation;
using Passage.Matching.Records;

namespace Passage.Matching.Linking;

/// <summary>
/// How well a one-word query answers a record, by the role of the name part it meets: a query that is a
/// family name ranks that family's members first (in both scripts and every spelling), then people whose given
/// name it is; within a role, the same spelling (or the same name in the other script) beats another spelling,
/// which beats a near spelling. One word says too little to decide who is the same person, so the search ranks
/// by this relevance first and by the model's score only within a grade.
/// </summary>
public static class NameRoleRelevance
{
    /// <summary>The largest grade: an exact family name.</summary>
    public const int Best = 6;

    /// <summary>True when the query is one name word (an honorific aside), the case this relevance is for.</summary>
    public static bool IsOneWord(PreparedRecord query) => query.Name.Tokens.Count(t => !t.Optional) == 1;

    /// <summary>
    /// The grade of <paramref name="record"/> for the one-word <paramref name="query"/>: 6, 5, 4 for the family name
    /// met exactly, by a spelling variant, or nearly; 3, 2, 1 for a given name; 0 for neither. A record without its
    /// name in parts counts its last word as the family name.
    /// </summary>
    public static int Grade(PreparedRecord query, PreparedRecord record)
    {
        var word = query.Name.TokenArray.First(t => !t.Optional || query.Name.TokenArray.All(x => x.Optional));
        var (given, family) = record.Family.IsEmpty
            ? (record.Name.TokenArray[..Math.Max(0, record.Name.TokenArray.Length - 1)], record.Name.TokenArray.Length > 0 ? [record.Name.TokenArray[^1]] : Array.Empty<NameToken>())
            : (record.Given.TokenArray, record.Family.TokenArray);
        var inFamily = Level(word, family);
        return inFamily > 0 ? inFamily + 3 : Level(word, given);
    }

    private static int Level(in NameToken word, NameToken[] tokens)
    {
        var best = 0.0;
        foreach (var token in tokens)
        {
            best = Math.Max(best, TokenSimilarity.Of(word, token));
        }

        return best >= 1 ? 3 : best >= 0.93 ? 2 : best >= 0.85 ? 1 : 0;
    }
}
