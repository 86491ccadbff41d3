using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;
using NpgsqlTypes;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Testing;

namespace Passage.Bench;

/// <summary>
/// Fills the audit log with a sealed chain of entries by bulk insert (COPY on PostgreSQL, one prepared statement in one
/// transaction on SQLite), then times <see cref="VerifyAuditChain"/> over it.
/// </summary>
internal static class AuditBenchmark
{
    public sealed record Run(DatabaseProvider Provider, long Entries, TimeSpan Fill, IReadOnlyList<TimeSpan> Verify, TimeSpan VerifyCpu);

    public static async Task<Run> RunAsync(DatabaseProvider provider, int count, int rounds, TextWriter log, CancellationToken ct)
    {
        using var database = TestDatabase.Create(provider);
        var fill = Stopwatch.StartNew();
        await AppendAsync(provider, database.ConnectionString, Chain(count, 0, AuditHash.Genesis), ct);

        fill.Stop();
        await log.WriteLineAsync($"{provider}: {count:N0} entries written in {fill.Elapsed.TotalSeconds:F1} s");

        var times = new List<TimeSpan>();
        var cpu = TimeSpan.Zero;
        database.Actor.Set("bench", "bench", null, [Roles.Auditor]);
        for (var round = 0; round < rounds; round++)
        {
            await using var db = database.CreateContext();
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var result = await new VerifyAuditChain(db, database.Actor, database.Clock).ExecuteAsync("bench", null, null, ct);
            watch.Stop();
            cpu += Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
            if (!result.Value.Intact || result.Value.EntriesChecked < count)
            {
                throw new InvalidOperationException($"Verification failed: {result.Value.Finding}");
            }

            times.Add(watch.Elapsed);
            await log.WriteLineAsync($"{provider}: verified {result.Value.EntriesChecked:N0} entries in {watch.Elapsed.TotalSeconds:F2} s");
        }

        return new Run(provider, count, fill.Elapsed, times, cpu / rounds);
    }

    /// <summary>Writes sealed entries in bulk and moves the chain head to the last of them.</summary>
    public static Task AppendAsync(DatabaseProvider provider, string connectionString, List<AuditEntry> entries, CancellationToken ct) =>
        provider == DatabaseProvider.Postgres ? CopyAsync(connectionString, entries, ct) : InsertAsync(connectionString, entries, ct);

    /// <summary>Entries shaped like the log's own (views and searches by a few users), sealed in order after the given one.</summary>
    public static List<AuditEntry> Chain(int count, long afterSequence, string afterHash)
    {
        var actor = new Actor();
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var entries = new List<AuditEntry>(count);
        var previous = afterHash;
        for (var i = 0; i < count; i++)
        {
            actor.Set($"user-{i % 40}", $"officer{i % 40}@operation.example", "10.0.0." + (i % 200).ToString(CultureInfo.InvariantCulture), []);
            var entry = i % 5 == 0
                ? AuditEntry.Record(actor, AuditAction.Searched, "Person", "*", $"filters: name=Hosseini; page 1; 20 shown: PSG-{i:D6}", start.AddSeconds(i))
                : AuditEntry.Record(actor, AuditAction.Viewed, "Person", Guid.NewGuid().ToString(), null, start.AddSeconds(i));
            entry.Seal(afterSequence + i + 1, previous);
            previous = entry.Hash!;
            entries.Add(entry);
        }

        return entries;
    }

    private static async Task CopyAsync(string connectionString, List<AuditEntry> entries, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY \"AuditEntries\" (\"At\", \"UserId\", \"UserName\", \"Address\", \"Action\", \"EntityType\", \"EntityId\", \"Detail\", \"Sequence\", \"PreviousHash\", \"Hash\") FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var e in entries)
            {
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(e.At, NpgsqlDbType.TimestampTz, ct);
                await copy.WriteAsync(e.UserId, ct);
                await copy.WriteAsync(e.UserName, ct);
                await copy.WriteAsync(e.Address, ct);
                await copy.WriteAsync((int)e.Action, ct);
                await copy.WriteAsync(e.EntityType, ct);
                await copy.WriteAsync(e.EntityId, ct);
                if (e.Detail is null)
                {
                    await copy.WriteNullAsync(ct);
                }
                else
                {
                    await copy.WriteAsync(e.Detail, ct);
                }

                await copy.WriteAsync(e.Sequence!.Value, ct);
                await copy.WriteAsync(e.PreviousHash, ct);
                await copy.WriteAsync(e.Hash, ct);
            }

            await copy.CompleteAsync(ct);
        }

        await using var head = new NpgsqlCommand("UPDATE \"AuditChainHeads\" SET \"Sequence\" = @s, \"Hash\" = @h; ANALYZE \"AuditEntries\"", connection);
        head.Parameters.AddWithValue("s", entries[^1].Sequence!.Value);
        head.Parameters.AddWithValue("h", entries[^1].Hash!);
        await head.ExecuteNonQueryAsync(ct);
    }

    private static async Task InsertAsync(string connectionString, List<AuditEntry> entries, CancellationToken ct)
    {
        var at = new DateTimeOffsetToBinaryConverter();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO \"AuditEntries\" (\"At\", \"UserId\", \"UserName\", \"Address\", \"Action\", \"EntityType\", \"EntityId\", \"Detail\", \"Sequence\", \"PreviousHash\", \"Hash\") VALUES ($a, $u, $n, $d, $c, $t, $i, $x, $s, $p, $h)";
        var names = new[] { "$a", "$u", "$n", "$d", "$c", "$t", "$i", "$x", "$s", "$p", "$h" };
        var parameters = names.Select(n => insert.Parameters.Add(new SqliteParameter { ParameterName = n })).ToArray();
        foreach (var e in entries)
        {
            object?[] values = [at.ConvertToProvider(e.At), e.UserId, e.UserName, e.Address, (int)e.Action, e.EntityType, e.EntityId, e.Detail, e.Sequence, e.PreviousHash, e.Hash];
            for (var k = 0; k < values.Length; k++)
            {
                parameters[k].Value = values[k] ?? DBNull.Value;
            }

            await insert.ExecuteNonQueryAsync(ct);
        }

        await using var head = connection.CreateCommand();
        head.Transaction = transaction;
        head.CommandText = "UPDATE \"AuditChainHeads\" SET \"Sequence\" = $s, \"Hash\" = $h";
        head.Parameters.AddWithValue("$s", entries[^1].Sequence!.Value);
        head.Parameters.AddWithValue("$h", entries[^1].Hash!);
        await head.ExecuteNonQueryAsync(ct);
        await transaction.CommitAsync(ct);
    }

    private const string Begin = "<!-- audit:begin -->";
    private const string End = "<!-- audit:end -->";

    public static void Write(FileInfo file, IReadOnlyList<Run> runs)
    {
        var inv = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(Begin);
        text.AppendLine("## Audit chain verification");
        text.AppendLine();
        text.AppendLine("Command: `dotnet run -c Release --project bench/Passage.Bench -- audit` (defaults: `--entries 1000000 --rounds 3`).");
        text.AppendLine(inv, $"Run on {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Machine.Describe()}, load average (1 / 5 / 15 min) {LatencyTable.LoadAverage()} at the end.");
        text.AppendLine();
        text.AppendLine("The log is filled by bulk insert with a sealed chain of fictitious views and searches; then `VerifyAuditChain` (what `passage audit verify` runs) reads every entry in sequence order, recomputes its SHA-256 and checks the links. Target: ≤ 10 s for 1,000,000 entries.");
        text.AppendLine();
        text.AppendLine("| database | entries | fill | verify (each round) | processor time per verify |");
        text.AppendLine("|---|---:|---:|---|---:|");
        foreach (var run in runs)
        {
            var rounds = string.Join(", ", run.Verify.Select(t => t.TotalSeconds.ToString("F2", inv) + " s"));
            text.AppendLine(inv, $"| {(run.Provider == DatabaseProvider.Sqlite ? "SQLite" : "PostgreSQL")} | {run.Entries:N0} | {run.Fill.TotalSeconds:F1} s | {rounds} | {run.VerifyCpu.TotalSeconds:F2} s |");
        }

        var worst = runs.Max(r => r.Verify.Min());
        text.AppendLine();
        text.AppendLine(inv, $"Slowest best round: {worst.TotalSeconds:F2} s — target {(worst.TotalSeconds <= 10 ? "met" : "NOT met")}.");
        text.AppendLine(End);
        Console.WriteLine(text);
        ResultsFile.WriteSection(file, text.ToString(), Begin, End);
    }
}
