using Passage.Core.Accounts;

namespace Passage.Core.Screening;

/// <summary>Where a hit stands.</summary>
public enum HitStatus
{
    /// <summary>Waiting for the security officer.</summary>
    Pending = 1,

    /// <summary>Not the listed person; not proposed again for this entry unless the entry changes.</summary>
    FalseMatch = 2,

    /// <summary>Possibly the listed person: the case is on hold.</summary>
    PossibleTrueMatch = 3,
}

/// <summary>
/// A registered person whose likelihood of being a list's entry reached the list's threshold, with the engine's explanation,
/// for the entry as it was (<see cref="EntryFingerprint"/>), and the security officer's adjudication.
/// </summary>
public sealed class ScreeningHit
{
    private ScreeningHit()
    {
    }

    public long Id { get; private set; }

    public Guid ListId { get; private set; }

    public Guid EntryId { get; private set; }

    public Guid PersonId { get; private set; }

    public string EntryFingerprint { get; private set; } = "";

    public double Probability { get; private set; }

    public string Explanation { get; private set; } = "";

    public DateTimeOffset FoundAt { get; private set; }

    public HitStatus Status { get; private set; }

    public string? Reason { get; private set; }

    public string? DecidedByName { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public static ScreeningHit Found(ScreeningEntry entry, Guid personId, double probability, string explanation, DateTimeOffset now) => new()
    {
        ListId = entry.ListId,
        EntryId = entry.Id,
        PersonId = personId,
        EntryFingerprint = entry.Fingerprint,
        Probability = probability,
        Explanation = explanation,
        FoundAt = now,
        Status = HitStatus.Pending,
    };

    /// <summary>
    /// Removes the explanation, which quotes the person's names beside the entry's, and the adjudicator's reason (retention,
    /// decision 0021); the status stays counted in the list's metrics.
    /// </summary>
    internal void Anonymise()
    {
        Explanation = "";
        Reason = Reason is null ? null : "";
    }

    public string? Adjudicate(HitStatus status, string reason, Actor actor, DateTimeOffset now)
    {
        if (Status != HitStatus.Pending)
        {
            return "This hit has been adjudicated already.";
        }

        Status = status;
        Reason = reason;
        DecidedByName = actor.UserName;
        DecidedAt = now;
        return null;
    }
}

/// <summary>Labels of <see cref="HitStatus"/> for people.</summary>
public static class HitStatuses
{
    public static string Label(HitStatus status) => status switch
    {
        HitStatus.Pending => "Waiting for adjudication",
        HitStatus.FalseMatch => "False match",
        HitStatus.PossibleTrueMatch => "Possible true match",
        _ => status.ToString(),
    };
}
