using Passage.Core.Accounts;

namespace Passage.Core.Screening;

/// <summary>
/// A list of persons that a government or body published (for example persons it wants to prosecute), imported with its
/// source, date and reference. Each import of a newer version is a revision; the list's entries follow the newest.
/// </summary>
public sealed class ScreeningList
{
    private ScreeningList()
    {
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    public string Source { get; private set; } = "";

    public string Reference { get; private set; } = "";

    /// <summary>The date of the version imported last.</summary>
    public DateOnly ListDate { get; private set; }

    /// <summary>The likelihood from which a registered person is a hit for an entry of this list.</summary>
    public double Threshold { get; private set; }

    public int Revision { get; private set; }

    public DateTimeOffset ImportedAt { get; private set; }

    public string ImportedByName { get; private set; } = "";

    /// <summary>Persons changed up to this time have been screened against the list.</summary>
    public DateTimeOffset? ScreenedThrough { get; private set; }

    public long Version { get; private set; }

    public static ScreeningList Create(ValidListDetails details, Actor actor, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        Name = details.Name,
        Source = details.Source,
        Reference = details.Reference,
        ListDate = details.ListDate,
        Threshold = details.Threshold,
        ImportedAt = now,
        ImportedByName = actor.UserName,
        Version = 1,
    };

    /// <summary>Takes a newer version: its date, source, reference and threshold; the revision counts up.</summary>
    public void Revise(ValidListDetails details, Actor actor, DateTimeOffset now)
    {
        Source = details.Source;
        Reference = details.Reference;
        ListDate = details.ListDate;
        Threshold = details.Threshold;
        Revision++;
        ImportedAt = now;
        ImportedByName = actor.UserName;
        Version++;
    }

    public void Screened(DateTimeOffset through)
    {
        ScreenedThrough = through;
        Version++;
    }
}
