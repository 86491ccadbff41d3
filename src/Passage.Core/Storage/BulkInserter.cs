using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Passage.Core.Storage;

/// <summary>
/// Inserts many new rows past change tracking, for bulk work (imports, the demo operation, benchmarks): on PostgreSQL
/// with binary COPY, on SQLite with one prepared single-row INSERT run again and again. Columns, names and value
/// conversions come from the EF model, so the rows read back exactly as if EF had written them. Keys the database issues
/// are left to it. The caller owns the transaction (COPY runs inside it too, so a failure leaves nothing) and the audit.
/// </summary>
internal sealed class BulkInserter(PassageDbContext db)
{
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
        var columns = new Columns(
            $"{Quote(table.Name)} ({string.Join(", ", properties.Select(p => Quote(p.GetColumnName(table)!)))})",
            properties.Select(p => p.GetRelationalTypeMapping()).ToArray(),
            properties.Select(p => p.GetGetter()).ToArray(),
            properties.Select(p => p.IsNullable).ToArray(),
            ownerProperty is null ? -1 : Array.FindIndex(properties, p => p.Name == ownerProperty));

        if (db.Database.GetDbConnection() is NpgsqlConnection postgres)
        {
            await CopyAsync(postgres, columns, rows, ct);
        }
        else
        {
            await InsertEachAsync(columns, rows, ct);
        }
    }

    /// <summary>
    /// Binary COPY: the rows stream to the server in one command, with no statement to parse or plan per row; each value
    /// is written as the column's store type, so PostgreSQL reads it without a cast.
    /// </summary>
    private static async Task CopyAsync<T>(NpgsqlConnection connection, Columns columns, IEnumerable<(T Row, Guid Owner)> rows, CancellationToken ct)
        where T : class
    {
        var types = columns.Mappings.Select(m => m.StoreTypeNameBase).ToArray();
        await using var copy = await connection.BeginBinaryImportAsync($"COPY {columns.Table} FROM STDIN (FORMAT BINARY)", ct);
        foreach (var (row, owner) in rows)
        {
            await copy.StartRowAsync(ct);
            for (var c = 0; c < types.Length; c++)
            {
                if (columns.Value(row, owner, c) is { } value)
                {
                    await copy.WriteAsync(value, types[c], ct);
                }
                else
                {
                    await copy.WriteNullAsync(ct);
                }
            }
        }

        await copy.CompleteAsync(ct);
    }

    /// <summary>SQLite is fastest with one prepared single-row statement run again and again with new values.</summary>
    private async Task InsertEachAsync<T>(Columns columns, IEnumerable<(T Row, Guid Owner)> rows, CancellationToken ct)
        where T : class
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var sql = new StringBuilder($"INSERT INTO {columns.Table} VALUES (");
        for (var c = 0; c < columns.Mappings.Length; c++)
        {
            var name = "@p" + c.ToString(System.Globalization.CultureInfo.InvariantCulture);
            sql.Append(c == 0 ? name : ", " + name);
            command.Parameters.Add(columns.Mappings[c].CreateParameter(command, name, null, columns.Nullable[c]));
        }

        command.CommandText = sql.Append(')').ToString();
        foreach (var (row, owner) in rows)
        {
            for (var c = 0; c < columns.Mappings.Length; c++)
            {
                command.Parameters[c].Value = columns.Value(row, owner, c) ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(ct);
        }
    }

    private static string Quote(string identifier) => "\"" + identifier + "\"";

    /// <summary>The columns written, after the table name; how to read each value from a row, converted for the database.</summary>
    private sealed record Columns(string Table, RelationalTypeMapping[] Mappings, IClrPropertyGetter[] Getters, bool[] Nullable, int Owner)
    {
        public object? Value(object row, Guid owner, int column)
        {
            var value = column == Owner ? owner : Getters[column].GetClrValueUsingContainingEntity(row);
            return value is null ? null : Mappings[column].Converter is { } converter ? converter.ConvertToProvider(value) : value;
        }
    }
}
