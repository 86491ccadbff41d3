using Passage.Core.Accounts;

namespace Passage.Core.Pledges;

/// <summary>Categories of residents a receiving country will consider under a pledge.</summary>
[Flags]
public enum PledgeCategories
{
    None = 0,
    Medical = 1,
    FamilyTies = 2,

    /// <summary>Anyone who chose resettlement.</summary>
    Any = 4,
}

public enum PledgeStatus
{
    Open = 1,
    Closed = 2,
}

/// <summary>Labels for people.</summary>
public static class PledgeCategoryLabels
{
    /// <summary>Each category of <paramref name="categories"/>, comma-separated; "none" when there is none.</summary>
    public static string Label(PledgeCategories categories)
    {
        var labels = new List<string>();
        if (categories.HasFlag(PledgeCategories.Medical))
        {
            labels.Add("Medical needs");
        }

        if (categories.HasFlag(PledgeCategories.FamilyTies))
        {
            labels.Add("Family ties");
        }

        if (categories.HasFlag(PledgeCategories.Any))
        {
            labels.Add("Anyone who chose resettlement");
        }

        return labels.Count == 0 ? "none" : string.Join(", ", labels);
    }
}

/// <summary>
/// Places a receiving country pledges. The number of places is the sum of its <see cref="Raises"/>, the first being the
/// original pledge; places referred, accepted, arrived and remaining are derived from referrals, never typed. Acceptances are
/// counted against the places by <see cref="PledgeCounter"/>, which the database keeps from being over-accepted.
/// </summary>
public sealed class Pledge
{
    private readonly List<PledgeRaise> _raises = [];

    private Pledge()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>ISO 3166-1 alpha-2 code of the receiving country.</summary>
    public string CountryCode { get; private set; } = "";

    public DateOnly PledgedOn { get; private set; }

    public PledgeCategories Categories { get; private set; }

    /// <summary>The last day referrals are taken under this pledge; null when the country set none.</summary>
    public DateOnly? Deadline { get; private set; }

    public PledgeStatus Status { get; private set; }

    public string? Note { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public long Version { get; private set; }

    public IReadOnlyList<PledgeRaise> Raises => _raises;

    public int Places => _raises.Sum(r => r.Places);

    public static Pledge Make(string countryCode, int places, DateOnly pledgedOn, PledgeCategories categories, DateOnly? deadline, string? note, Actor actor, DateTimeOffset now)
    {
        var pledge = new Pledge
        {
            Id = Guid.NewGuid(),
            CountryCode = countryCode,
            PledgedOn = pledgedOn,
            Categories = categories,
            Deadline = deadline,
            Status = PledgeStatus.Open,
            Note = note,
            RecordedAt = now,
            Version = 1,
        };
        pledge._raises.Add(new PledgeRaise(pledge.Id, places, pledgedOn, "Original pledge", actor, now));
        return pledge;
    }

    /// <summary>Whether a case may be referred under this pledge on <paramref name="today"/>; the reason when not.</summary>
    public string? RefusesReferralOn(DateOnly today) =>
        Status != PledgeStatus.Open ? $"The {CountryCode} pledge is closed."
        : Deadline < today ? $"The {CountryCode} pledge took referrals until {Deadline:yyyy-MM-dd}."
        : null;

    /// <summary>Adds places ("210 more"), kept as a row of its own.</summary>
    public PledgeRaise Raise(int places, DateOnly on, string reason, Actor actor, DateTimeOffset now)
    {
        var raise = new PledgeRaise(Id, places, on, reason, actor, now);
        _raises.Add(raise);
        Version++;
        return raise;
    }

    public void Close()
    {
        Status = PledgeStatus.Closed;
        Version++;
    }
}

/// <summary>Places added to a pledge: the original pledge, or a later raise. Never changed once written.</summary>
public sealed class PledgeRaise
{
    private PledgeRaise()
    {
    }

    internal PledgeRaise(Guid pledgeId, int places, DateOnly on, string reason, Actor actor, DateTimeOffset now)
    {
        PledgeId = pledgeId;
        Places = places;
        On = on;
        Reason = reason;
        RecordedByName = actor.UserName;
        RecordedAt = now;
    }

    public long Id { get; private set; }

    public Guid PledgeId { get; private set; }

    public int Places { get; private set; }

    public DateOnly On { get; private set; }

    public string Reason { get; private set; } = "";

    public string RecordedByName { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }
}

/// <summary>
/// The places of a pledge and the persons accepted against them, changed only by single conditional SQL updates
/// (<see cref="PledgeCounters"/>) so that two decisions at once can never accept more persons than there are places.
/// A check constraint keeps <see cref="Accepted"/> ≤ <see cref="Places"/> as well.
/// </summary>
public sealed class PledgeCounter
{
    private PledgeCounter()
    {
    }

    internal PledgeCounter(Guid pledgeId, int places)
    {
        PledgeId = pledgeId;
        Places = places;
    }

    public Guid PledgeId { get; private set; }

    public int Places { get; private set; }

    public int Accepted { get; private set; }

    /// <summary>A counter for bulk seeding (the demo operation), whose acceptances the seeder counted itself.</summary>
    internal static PledgeCounter Seeded(Guid pledgeId, int places, int accepted) =>
        accepted <= places ? new(pledgeId, places) { Accepted = accepted } : throw new ArgumentOutOfRangeException(nameof(accepted), "A pledge is never over-accepted.");
}
