using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Passage.Core.Storage;

namespace Passage.Core.Audit;

/// <summary>
/// Seals new audit entries onto the chain inside the transaction of the save that writes them: it locks the chain head
/// (an UPDATE takes the row lock on PostgreSQL; SQLite writes one transaction at a time), gives each entry the next
/// sequence and the previous hash, and moves the head. A second writer waits for the first to commit, then reads the
/// head it left, so the chain stays one line.
/// </summary>
internal static class AuditChain
{
    private const string LockHead =
        "UPDATE \"AuditChainHeads\" SET \"Sequence\" = \"Sequence\" WHERE \"Id\" = 1 RETURNING \"Sequence\", \"Hash\"";

    private const string MoveHead =
        "UPDATE \"AuditChainHeads\" SET \"Sequence\" = @sequence, \"Hash\" = @hash WHERE \"Id\" = 1";

    /// <summary>Seals <paramref name="entries"/> in order; the caller's save must run in the current transaction.</summary>
    public static async ValueTask SealAsync(DbContext context, IReadOnlyList<AuditEntry> entries, bool async, CancellationToken ct)
    {
        var connection = context.Database.GetDbConnection();
        var transaction = context.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Audit entries are sealed inside a transaction.");

        long sequence;
        string hash;
        await using (var read = Command(connection, transaction, LockHead))
        await using (var reader = async ? await read.ExecuteReaderAsync(ct) : read.ExecuteReader())
        {
            if (!(async ? await reader.ReadAsync(ct) : reader.Read()))
            {
                throw new InvalidOperationException("The audit chain head is missing; run the migrations.");
            }

            sequence = reader.GetInt64(0);
            hash = reader.GetString(1);
        }

        foreach (var entry in entries)
        {
            entry.Seal(++sequence, hash);
            hash = entry.Hash!;
        }

        await using var move = Command(connection, transaction, MoveHead);
        Parameter(move, "@sequence", sequence);
        Parameter(move, "@hash", hash);
        _ = async ? await move.ExecuteNonQueryAsync(ct) : move.ExecuteNonQuery();
    }

    /// <summary>
    /// Seals <paramref name="entries"/> and inserts them in bulk, past change tracking, for bulk work that writes its
    /// records the same way; inside the caller's transaction, as its last write (the head stays locked until commit).
    /// </summary>
    public static async Task AppendAsync(PassageDbContext db, IReadOnlyList<AuditEntry> entries, CancellationToken ct)
    {
        await SealAsync(db, entries, async: true, ct);
        await new BulkInserter(db).InsertAsync(entries, ct);
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static void Parameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
