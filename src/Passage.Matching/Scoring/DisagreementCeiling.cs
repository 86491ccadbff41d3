using Passage.Matching.Comparison;

namespace Passage.Matching.Scoring;

/// <summary>
/// The highest weight, in bits, of the levels that mean two different people: a known father with another
/// name, a birth date years apart, another sex, another given name. An estimate from unlabelled pairs puts
/// the registry's namesakes and siblings partly in the match class and so makes these levels look mild
/// (a different father at −3 bits would let a rare equal name outweigh it); a clerk, and the labelled pairs
/// of the development set, take them as strong evidence. The estimate is kept when it is already stronger.
/// </summary>
public static class DisagreementCeiling
{
    /// <summary>The ceiling of the weight of <paramref name="level"/> of a field of <paramref name="kind"/>; +∞ for none.</summary>
    public static double Of(FieldKind kind, int level) => kind switch
    {
        FieldKind.FullName or FieldKind.GivenName or FieldKind.FamilyName => (NameLevel)level switch
        {
            NameLevel.Partial => -4,
            NameLevel.Weak => -2,
            NameLevel.Different => -20,
            _ => double.PositiveInfinity,
        },
        FieldKind.Father => (NameLevel)level switch
        {
            NameLevel.Partial => -4,
            NameLevel.Weak => -2,
            NameLevel.Different => -16,
            _ => double.PositiveInfinity,
        },
        FieldKind.Birth => (DateLevel)level switch
        {
            DateLevel.Near => -6,
            DateLevel.Different => -16,
            _ => double.PositiveInfinity,
        },
        FieldKind.Sex => level == 1 ? -8 : double.PositiveInfinity,
        _ => double.PositiveInfinity,
    };
}
