using System.Globalization;
using Passage.Core.Operations;

namespace Passage.Cli.Tests.Operations;

/// <summary>Every row of every table of a database, as text in a stable order, so two databases can be compared whole.</summary>
internal static class DatabaseRows
{
    public static async Task<SortedDictionary<string, List<string>>> ReadAsync(string connectionString)
    {
        await using var connection = DatabaseConnections.Create(connectionString);
        await connection.OpenAsync();
        var tables = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var table in await DatabaseConnections.TableNamesAsync(connection, CancellationToken.None))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            var rows = new List<string>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var values = new string[reader.FieldCount];
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    values[i] = reader.GetValue(i) switch
                    {
                        byte[] bytes => Convert.ToBase64String(bytes),
                        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
                        var other => other.ToString() ?? string.Empty,
                    };
                }

                rows.Add(string.Join('\u241F', values));
            }

            rows.Sort(StringComparer.Ordinal);
            tables[table] = rows;
        }

        return tables;
    }
}
