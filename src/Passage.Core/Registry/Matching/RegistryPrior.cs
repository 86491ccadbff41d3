namespace Passage.Core.Registry.Matching;

/// <summary>
/// The prior probability that a person being registered (or a registered person) and one given registered person are
/// the same: the share of registrations that repeat someone already registered, spread over everyone registered.
/// The larger the registry, the more namesakes it holds, so the same agreement of names and dates is weaker evidence in
/// a large registry than in a small one; a likelihood computed with a fixed prior would call two namesakes born forty
/// years apart certainly the same person.
/// </summary>
public static class RegistryPrior
{
    /// <summary>The share of registrations that repeat a person already registered (one in twenty: cautious, so that warnings err towards showing).</summary>
    public const double RepeatedRegistrationShare = 0.05;

    /// <summary>Registries smaller than this are taken to be this size, so that a new operation's first persons are not all proposed as duplicates.</summary>
    public const int SmallestRegistry = 100;

    /// <summary>The prior of one pair in a registry of <paramref name="persons"/> persons.</summary>
    public static double For(int persons) => RepeatedRegistrationShare / Math.Max(SmallestRegistry, persons);
}
