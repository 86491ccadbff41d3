namespace Passage.Core.FamilyContact;

/// <summary>
/// The anti-harvesting limits on family contact requests, counted over the last <see cref="WindowDays"/> days: requests one
/// requester may make, requests about one name (whoever asks), and the number of different people one requester may ask
/// about before they are flagged for the security officer.
/// </summary>
public sealed record FamilyContactLimits(int PerRequester = FamilyContactLimits.DefaultPerRequester, int PerSoughtName = FamilyContactLimits.DefaultPerSoughtName,
    int ManyPeople = FamilyContactLimits.DefaultManyPeople, int WindowDays = FamilyContactLimits.DefaultWindowDays)
{
    public const int DefaultPerRequester = 5;
    public const int DefaultPerSoughtName = 3;
    public const int DefaultManyPeople = 3;
    public const int DefaultWindowDays = 30;

    public static FamilyContactLimits Default { get; } = new();
}
