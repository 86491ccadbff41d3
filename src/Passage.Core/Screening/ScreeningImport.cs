namespace Passage.Core.Screening;

/// <summary>One import of a list's version: what it added, removed and changed against the version before it.</summary>
public sealed class ScreeningImport
{
    private ScreeningImport()
    {
    }

    public long Id { get; private set; }

    public Guid ListId { get; private set; }

    public int Revision { get; private set; }

    public DateOnly ListDate { get; private set; }

    public DateTimeOffset ImportedAt { get; private set; }

    public string ImportedByName { get; private set; } = "";

    public int Entries { get; private set; }

    /// <summary>References of the entries added, one a line.</summary>
    public string Added { get; private set; } = "";

    public string Removed { get; private set; } = "";

    public string Changed { get; private set; } = "";

    public static ScreeningImport Of(ScreeningList list, int entries, IEnumerable<string> added, IEnumerable<string> removed, IEnumerable<string> changed) => new()
    {
        ListId = list.Id,
        Revision = list.Revision,
        ListDate = list.ListDate,
        ImportedAt = list.ImportedAt,
        ImportedByName = list.ImportedByName,
        Entries = entries,
        Added = string.Join('\n', added),
        Removed = string.Join('\n', removed),
        Changed = string.Join('\n', changed),
    };
}
