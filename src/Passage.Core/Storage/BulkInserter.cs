using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Passage.Core.Storage;

/// <summary>
/// Inserts many new rows with multi-row INSERT statements, bypassing change tracking, for bulk work (imports, the demo operation,
/// benchmarks). Columns, names and value conversions come from the EF model, so the rows read back exactly as if EF
/// had written them. Keys the database issues are left to it. The caller owns the transaction and the audit.
/// </summary>
internal sealed class BulkInserter(PassageDbContext db)
{
    private const int MaxPostgresParameters = 16000;

    public Task InsertAsync<T>(IEnumerable<T> rows, CancellationToken ct)
        where T : class =>
        InsertAsync(rows.Select(r => (r, Guid.Empty)), ownerProperty: null, ct);

    /// <summary>Inserts child rows whose foreign key <paramref name="ownerProperty"/> EF would have set from the owner's navigation.</summary>
    public async Task InsertAsync<T>(IEnumerable<(T Row, Guid Owner)> rows, string? ownerProperty, CancellationToken ct)
        where T : class
    {
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var properties = entityType.GetProperties()
            .Where(p => !(p.IsPrimaryKey() && p.ValueGenerated != ValueGenerated.Never) && p.GetColumnName(table) is not null)
            .ToArray();
        var columns = string.Join(", ", properties.Select(p => Quote(p.GetColumnName(table)!)));
        var mappings = properties.Select(p => p.GetRelationalTypeMapping()).ToArray();
        var getters = properties.Select(p => p.GetGetter()).ToArray();
        var owner = ownerProperty is null ? -1 : Array.FindIndex(properties, p => p.Name == ownerProperty);

        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();

        // SQLite is fastest with one prepared single-row statement run again and again; PostgreSQL with many rows per round
        // trip. A statement of the same size is reused with new values: its text, parameters and plan are made once.
        var rowsPerStatement = db.IsSqlite ? 1 : Math.Max(1, MaxPostgresParameters / properties.Length);
        DbCommand? command = null;
        try
        {
            foreach (var chunk in rows.Chunk(rowsPerStatement))
            {
                if (command is null || command.Parameters.Count != chunk.Length * properties.Length)
                {
                    if (command is not null)
                    {
                        await command.DisposeAsync();
                    }

                    command = connection.CreateCommand();
                    command.Transaction = transaction;
                    var sql = new StringBuilder($"INSERT INTO {Quote(table.Name)} ({columns}) VALUES ");
                    for (var r = 0; r < chunk.Length; r++)
                    {
                        sql.Append(r == 0 ? "(" : ", (");
                        for (var c = 0; c < properties.Length; c++)
                        {
                            var name = "@p" + (r * properties.Length + c).ToString(System.Globalization.CultureInfo.InvariantCulture);
                            sql.Append(c == 0 ? name : ", " + name);
                            command.Parameters.Add(mappings[c].CreateParameter(command, name, null, properties[c].IsNullable));
                        }

                        sql.Append(')');
                    }

                    command.CommandText = sql.ToString();
                }

                var n = 0;
                foreach (var (row, ownerId) in chunk)
                {
                    for (var c = 0; c < properties.Length; c++)
                    {
                        var value = c == owner ? ownerId : getters[c].GetClrValueUsingContainingEntity(row);
                        command.Parameters[n++].Value = (value is null ? null : mappings[c].Converter is { } converter ? converter.ConvertToProvider(value) : value) ?? DBNull.Value;
                    }
                }

                await command.ExecuteNonQueryAsync(ct);
            }
        }
        finally
        {
            if (command is not null)
            {
                await command.DisposeAsync();
            }
        }
    }

    private static string Quote(string identifier) => "\"" + identifier + "\"";
}
