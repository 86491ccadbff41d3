using System.Diagnostics;
using System.Text;
using Npgsql;
using NpgsqlTypes;
using Passage.Bench.Matching.Synthetic;
using Passage.Testing;

namespace Passage.Bench.Matching;

/// <summary>
/// The database-only approach many systems use, on the same names and queries as the engine's search:
/// PostgreSQL pg_trgm similarity with a GIN index, and fuzzystrmatch Double Metaphone codes of the first
/// and last name with a B-tree index. The server is a real PostgreSQL started in a temporary folder
/// (<see cref="PostgresServer"/>, cluster initialised with --locale=C.UTF-8).
/// </summary>
internal static class PostgresBaselines
{
    public static string Run(List<SyntheticRecord> records, Query[] queries)
    {
        var connectionString = PostgresServer.Instance.CreateDatabase();
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        Execute(connection, "CREATE EXTENSION pg_trgm; CREATE EXTENSION fuzzystrmatch; CREATE TABLE people (id int PRIMARY KEY, name text NOT NULL)");
        var clock = Stopwatch.StartNew();
        using (var import = connection.BeginBinaryImport("COPY people (id, name) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < records.Count; i++)
            {
                import.StartRow();
                import.Write(i, NpgsqlDbType.Integer);
                import.Write(records[i].Record.Name!, NpgsqlDbType.Text);
            }

            import.Complete();
        }

        var load = clock.Elapsed;
        clock.Restart();
        Execute(connection, "CREATE INDEX people_trgm ON people USING gin (name gin_trgm_ops)");
        var trgmBuild = clock.Elapsed;
        clock.Restart();
        Execute(connection, """
            ALTER TABLE people ADD COLUMN dm_first text, ADD COLUMN dm_last text;
            UPDATE people SET dm_first = dmetaphone(split_part(name, ' ', 1)), dm_last = dmetaphone(regexp_replace(name, '^.* ', ''));
            CREATE INDEX people_dm ON people (dm_first, dm_last);
            ANALYZE people;
            """);
        var dmBuild = clock.Elapsed;

        var trgm = Measure(connection, queries,
            "SELECT id FROM people WHERE name % @q ORDER BY similarity(name, @q) DESC LIMIT 11");
        var dm = Measure(connection, queries,
            "SELECT id FROM people WHERE dm_first = dmetaphone(split_part(@q, ' ', 1)) AND dm_last = dmetaphone(regexp_replace(@q, '^.* ', '')) LIMIT 11");
        var check = Scalar(connection, "SELECT similarity('Hosseini', 'Husseini')");

        var text = new StringBuilder();
        text.AppendLine(Report.F($"#### Baselines on the same {records.Count:N0} names and the first {queries.Length:N0} of the same queries (PostgreSQL {Scalar(connection, "SHOW server_version")}, same machine, same run)"));
        text.AppendLine();
        text.AppendLine("| approach | index build | query p50 | query p99 | mean | recall@10 |");
        text.AppendLine("|---|---|---|---|---|---|");
        text.AppendLine(Report.F($"| pg_trgm `name % q ORDER BY similarity` (GIN) | {trgmBuild.TotalSeconds:F1} s | {trgm.P50:F1} ms | {trgm.P99:F1} ms | {trgm.Mean:F1} ms | {trgm.Recall:F4} |"));
        text.AppendLine(Report.F($"| fuzzystrmatch `dmetaphone` of first and last name (B-tree) | {dmBuild.TotalSeconds:F1} s (incl. computing codes) | {dm.P50:F1} ms | {dm.P99:F1} ms | {dm.Mean:F1} ms | {dm.Recall:F4} |"));
        text.AppendLine();
        text.AppendLine(Report.F($"Loading the names took {load.TotalSeconds:F1} s (binary COPY). `similarity('Hosseini','Husseini')` = {check}. Double Metaphone yields an empty code for Arabic script, so Persian-script registrations are found only by Persian-script queries with the same spelling."));
        return text.ToString();
    }

    private sealed record Figures(double P50, double P99, double Mean, double Recall);

    private static Figures Measure(NpgsqlConnection connection, Query[] queries, string sql)
    {
        var times = new List<double>();
        var found = 0;
        foreach (var query in queries)
        {
            using var command = new NpgsqlCommand(sql, connection);
            command.Parameters.AddWithValue("q", query.Person.Name!);
            var start = Stopwatch.GetTimestamp();
            var ids = new List<int>();
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    ids.Add(reader.GetInt32(0));
                }
            }

            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            found += ids.Where(id => id != query.Record).Take(10).Any(query.Others.Contains) ? 1 : 0;
        }

        times.Sort();
        return new Figures(SpeedBench.Percentile(times, 0.5), SpeedBench.Percentile(times, 0.99), times.Average(), (double)found / queries.Length);
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        command.ExecuteNonQuery();
    }

    private static string Scalar(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
    }
}
