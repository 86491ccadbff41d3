using System.Globalization;

namespace Passage.Core.Priorities;

/// <summary>What the score of a case is computed from; counts of members or adults, never their details.</summary>
/// <param name="FamilyTiesIn">Pledging countries where an adult of the case said family lives.</param>
public sealed record CaseProfile(
    int SeriousMedical,
    int Disability,
    int OlderPersons,
    int SingleParents,
    int MonthsWaiting,
    IReadOnlyList<string> FamilyTiesIn,
    int AdultsWithProtectionConcerns);

/// <summary>One term of a score: how many, times the weight, gives the points, and the sentence that says so.</summary>
public sealed record ScoreTerm(string Term, int Count, int Weight, int Points, string Explanation);

/// <summary>The transparent referral priority score: a sum of terms, each count × weight, each explained.</summary>
public static class PriorityScore
{
    public const string SeriousMedicalTerm = "Serious medical condition";

    public const string DisabilityTerm = "Disability";

    public const string OlderPersonTerm = "Older person";

    public const string SingleParentTerm = "Single parent";

    public const string TimeWaitingTerm = "Time waiting";

    public const string FamilyTiesTerm = "Family ties in a pledging country";

    public const string ProtectionConcernsTerm = "Protection concerns";

    /// <summary>Every term a score can have, as the referral queue filters by them.</summary>
    public static readonly IReadOnlyList<string> TermNames =
        [SeriousMedicalTerm, DisabilityTerm, OlderPersonTerm, SingleParentTerm, TimeWaitingTerm, FamilyTiesTerm, ProtectionConcernsTerm];

    /// <summary>The terms that apply to the case (count above zero), largest first; the score is their sum.</summary>
    public static IReadOnlyList<ScoreTerm> Terms(CaseProfile profile, PriorityWeightValues weights)
    {
        var terms = new List<ScoreTerm>();
        Add(terms, SeriousMedicalTerm, profile.SeriousMedical, weights.SeriousMedical, "member(s) with a serious medical condition");
        Add(terms, DisabilityTerm, profile.Disability, weights.Disability, "member(s) with a disability");
        Add(terms, OlderPersonTerm, profile.OlderPersons, weights.OlderPerson, "older member(s) (60 or over, or at risk)");
        Add(terms, SingleParentTerm, profile.SingleParents, weights.SingleParent, "single parent(s) or caregiver(s)");
        Add(terms, TimeWaitingTerm, profile.MonthsWaiting, weights.PerMonthWaiting, "month(s) waiting for referral");
        Add(terms, FamilyTiesTerm, profile.FamilyTiesIn.Count > 0 ? 1 : 0, weights.FamilyTiesInPledgingCountry,
            $"family in a pledging country ({string.Join(", ", profile.FamilyTiesIn)})");
        Add(terms, ProtectionConcernsTerm, profile.AdultsWithProtectionConcerns, weights.ProtectionConcerns, "adult(s) whose interview records protection concerns");
        return terms.OrderByDescending(t => t.Points).ThenBy(t => t.Term, StringComparer.Ordinal).ToList();
    }

    private static void Add(List<ScoreTerm> terms, string term, int count, int weight, string what)
    {
        if (count <= 0)
        {
            return;
        }

        var points = count * weight;
        terms.Add(new ScoreTerm(term, count, weight, points,
            string.Create(CultureInfo.InvariantCulture, $"{count} {what} × {weight} = {points}")));
    }
}
