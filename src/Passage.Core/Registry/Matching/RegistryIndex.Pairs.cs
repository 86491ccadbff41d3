using Passage.Matching.Records;
using Passage.Matching.Scoring;

namespace Passage.Core.Registry.Matching;

public sealed partial class RegistryIndex
{
    /// <summary>
    /// The score, now, of two registered persons as <see cref="FindSamePerson"/> would give it: the best of their records
    /// against each other, with the prior of a registry of the index's size. For a pair proposed earlier, whose stored
    /// score may come from older records or an older engine.
    /// </summary>
    public MatchResult ScorePair(Person a, Person b) => ScorePair(PersonMatchRecords.For(a), PersonMatchRecords.For(b));

    /// <summary>As <see cref="ScorePair(Person, Person)"/>, for any two sets of records (a claim and a registered person).</summary>
    public MatchResult ScorePair(IReadOnlyList<PersonRecord> a, IReadOnlyList<PersonRecord> b)
    {
        var model = IdentityModel(_snapshot.Count);
        var others = b.Select(PreparedRecord.From).ToList();
        return a.Select(PreparedRecord.From)
            .SelectMany(x => others.Select(y => model.Score(x, y)))
            .MaxBy(r => r.LogOdds)!;
    }
}
