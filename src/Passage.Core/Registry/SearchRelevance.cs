using Passage.Core.Registry.Matching;
using Passage.Matching.Comparison;
using Passage.Matching.Normalisation;
using Passage.Matching.Records;

namespace Passage.Core.Registry;

/// <summary>
/// How closely a person's names match a name typed in the search box, from 0 to 1: for each word typed, the nearest word
/// of the person's names (Latin or Arabic script, or an alias) — 1 for the same name, less for another spelling or a near
/// one — averaged over the words typed. A relevance, not the likelihood that the person is the one meant: a name alone
/// says too little to decide that.
/// </summary>
public static class SearchRelevance
{
    public static double Of(string query, Person person)
    {
        var typed = PreparedName.From(query).Tokens;
        var words = typed.Any(t => !t.Optional) ? typed.Where(t => !t.Optional).ToList() : typed;
        if (words.Count == 0)
        {
            return 0;
        }

        return PersonMatchRecords.For(person)
            .Select(r => PreparedRecord.From(r).Name.Tokens)
            .Max(names => words.Average(w => names.Count == 0 ? 0 : names.Max(n => TokenSimilarity.Of(w, n))));
    }
}
