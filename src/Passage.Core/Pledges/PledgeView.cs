namespace Passage.Core.Pledges;

/// <summary>
/// A pledge with its derived figures, in persons: <see cref="Referred"/> awaiting the country's decision,
/// <see cref="Accepted"/> accepted (arrived or not), <see cref="Arrived"/>, and <see cref="Remaining"/> = places − accepted.
/// </summary>
public sealed record PledgeView(
    Guid Id,
    string CountryCode,
    string CountryName,
    DateOnly PledgedOn,
    PledgeCategories Categories,
    DateOnly? Deadline,
    PledgeStatus Status,
    int Places,
    int Referred,
    int Accepted,
    int Arrived,
    int Remaining,
    long Version,
    IReadOnlyList<PledgeRaiseView> Raises);

/// <summary>A raise of a pledge; <see cref="RecordedBy"/> is null for a viewer who may not read staff names.</summary>
public sealed record PledgeRaiseView(int Places, DateOnly On, string Reason, string? RecordedBy);
