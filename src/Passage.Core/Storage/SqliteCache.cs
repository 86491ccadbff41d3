using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Passage.Core.Storage;

/// <summary>
/// A larger page cache on the SQLite connection for the length of one bulk write, given back on disposal (pooled
/// connections keep their settings). Rows with random keys (Guid ids, name keys) touch index pages all over the file;
/// with the default 2 MiB cache most of them are read and spilled again and again. Nothing on PostgreSQL.
/// </summary>
internal sealed class SqliteCache : IAsyncDisposable
{
    private const string Enlarge = "PRAGMA cache_size = -262144"; // KiB: 256 MiB

    private readonly PassageDbContext? _db;
    private readonly long _before;

    private SqliteCache(PassageDbContext? db, long before)
    {
        _db = db;
        _before = before;
    }

    public static async Task<SqliteCache> EnlargeAsync(PassageDbContext db, CancellationToken ct)
    {
        if (!db.IsSqlite)
        {
            return new SqliteCache(null, 0);
        }

        var before = (await db.Database.SqlQueryRaw<long>("SELECT cache_size AS \"Value\" FROM pragma_cache_size()").ToListAsync(ct))[0];
        await db.Database.ExecuteSqlRawAsync(Enlarge, ct);
        return new SqliteCache(db, before);
    }

    public async ValueTask DisposeAsync()
    {
        if (_db is not null)
        {
            var restore = "PRAGMA cache_size = " + _before.ToString(CultureInfo.InvariantCulture);
            await _db.Database.ExecuteSqlRawAsync(restore);
        }
    }
}
