namespace Passage.Core.Storage;

/// <summary>
/// Ids for many new rows at once, in ascending order (time-ordered version 7 UUIDs, sorted): rows written in that order
/// append to the key's index and to every index on a foreign key to them, where random ids would land all over each one.
/// Both databases order them as .NET does (by their text on SQLite, by their bytes on PostgreSQL).
/// </summary>
internal static class OrderedIds
{
    public static Guid[] Make(int count, DateTimeOffset now)
    {
        var ids = new Guid[count];
        for (var i = 0; i < count; i++)
        {
            ids[i] = Guid.CreateVersion7(now);
        }

        Array.Sort(ids);
        return ids;
    }
}
