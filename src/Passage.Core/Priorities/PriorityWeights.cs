namespace Passage.Core.Priorities;

/// <summary>
/// The weights of the referral priority score, set by the operation's administrator. One row; each weight is the points
/// one occurrence of its term adds (per member for needs, per month for waiting).
/// </summary>
public sealed class PriorityWeights
{
    public const int SingletonId = 1;
    public const int MaxWeight = 1000;

    private PriorityWeights()
    {
    }

    internal PriorityWeights(int seriousMedical, int disability, int olderPerson, int singleParent, int perMonthWaiting, int familyTiesInPledgingCountry, int protectionConcerns)
    {
        Id = SingletonId;
        SeriousMedical = seriousMedical;
        Disability = disability;
        OlderPerson = olderPerson;
        SingleParent = singleParent;
        PerMonthWaiting = perMonthWaiting;
        FamilyTiesInPledgingCountry = familyTiesInPledgingCountry;
        ProtectionConcerns = protectionConcerns;
    }

    public static PriorityWeights Defaults => new(30, 20, 15, 15, 2, 10, 25);

    public int Id { get; private set; }

    public int SeriousMedical { get; private set; }

    public int Disability { get; private set; }

    public int OlderPerson { get; private set; }

    public int SingleParent { get; private set; }

    public int PerMonthWaiting { get; private set; }

    public int FamilyTiesInPledgingCountry { get; private set; }

    public int ProtectionConcerns { get; private set; }

    public DateTimeOffset? UpdatedAt { get; private set; }

    public string? UpdatedByName { get; private set; }

    public void Set(PriorityWeightValues values, string byName, DateTimeOffset now)
    {
        (SeriousMedical, Disability, OlderPerson, SingleParent, PerMonthWaiting, FamilyTiesInPledgingCountry, ProtectionConcerns) =
            (values.SeriousMedical, values.Disability, values.OlderPerson, values.SingleParent, values.PerMonthWaiting, values.FamilyTiesInPledgingCountry, values.ProtectionConcerns);
        UpdatedAt = now;
        UpdatedByName = byName;
    }

    public PriorityWeightValues Values => new(SeriousMedical, Disability, OlderPerson, SingleParent, PerMonthWaiting, FamilyTiesInPledgingCountry, ProtectionConcerns);
}

/// <summary>The weights as the administrator enters and reads them.</summary>
public sealed record PriorityWeightValues(int SeriousMedical, int Disability, int OlderPerson, int SingleParent, int PerMonthWaiting, int FamilyTiesInPledgingCountry, int ProtectionConcerns);
