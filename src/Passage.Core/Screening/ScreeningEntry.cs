using System.Security.Cryptography;
using System.Text;
using Passage.Core.Registry;

namespace Passage.Core.Screening;

/// <summary>
/// One person on a list: names and aliases in any script, birth date or year, nationality, father's name and the list's own
/// reference number. <see cref="Fingerprint"/> changes whenever the entry's content does; a hit found as false is not proposed
/// again for the same fingerprint.
/// </summary>
public sealed class ScreeningEntry
{
    public const char NameSeparator = '\n';

    private ScreeningEntry()
    {
    }

    public Guid Id { get; private set; }

    public Guid ListId { get; private set; }

    public string Reference { get; private set; } = "";

    public string Name { get; private set; } = "";

    /// <summary>Aliases, one a line.</summary>
    public string Aliases { get; private set; } = "";

    public int? BirthYear { get; private set; }

    public int? BirthMonth { get; private set; }

    public int? BirthDay { get; private set; }

    public string? Nationality { get; private set; }

    public string? FatherName { get; private set; }

    public string Fingerprint { get; private set; } = "";

    /// <summary>When a newer version of the list no longer held the entry.</summary>
    public DateTimeOffset? RemovedAt { get; private set; }

    public PartialDate? BirthDate => BirthYear is { } year ? PartialDate.FromParts(year, BirthMonth, BirthDay) : null;

    public IReadOnlyList<string> AliasList => Aliases.Length == 0 ? [] : Aliases.Split(NameSeparator);

    public static ScreeningEntry Add(Guid listId, ValidEntry entry)
    {
        var added = new ScreeningEntry { Id = Guid.NewGuid(), ListId = listId, Reference = entry.Reference };
        added.Apply(entry);
        return added;
    }

    /// <summary>Takes the entry as a newer version of the list holds it; returns whether anything changed.</summary>
    public bool Revise(ValidEntry entry)
    {
        var before = Fingerprint;
        var wasRemoved = RemovedAt is not null;
        Apply(entry);
        RemovedAt = null;
        return before != Fingerprint || wasRemoved;
    }

    public void Remove(DateTimeOffset now) => RemovedAt ??= now;

    private void Apply(ValidEntry entry)
    {
        Name = entry.Name;
        Aliases = string.Join(NameSeparator, entry.Aliases);
        BirthYear = entry.BirthDate?.Year;
        BirthMonth = entry.BirthDate?.Month;
        BirthDay = entry.BirthDate?.Day;
        Nationality = entry.Nationality;
        FatherName = entry.FatherName;
        Fingerprint = FingerprintOf(entry);
    }

    private static string FingerprintOf(ValidEntry entry)
    {
        var text = string.Join('\u001f', entry.Name, string.Join(NameSeparator, entry.Aliases), entry.BirthDate?.ToString(), entry.Nationality, entry.FatherName);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
    }
}
