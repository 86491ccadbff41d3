using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Passage.Core.Operations;

/// <summary>
/// Records how long each database command took into <see cref="PassageMetrics.DatabaseCommandDuration"/>, tagged with
/// the provider and the kind of command only: never the SQL text nor its parameters. A query's time runs until its
/// reader is disposed, so it includes reading the rows, which is what a page waits for.
/// </summary>
public sealed class DatabaseTimeInterceptor : DbCommandInterceptor
{
    public static readonly DatabaseTimeInterceptor Sqlite = new("sqlite");

    public static readonly DatabaseTimeInterceptor Postgres = new("postgresql");

    private readonly string _provider;

    private DatabaseTimeInterceptor(string provider) => _provider = provider;

    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        Record(DbCommandMethod.ExecuteReader, eventData.Duration);
        return result;
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Record(eventData.ExecuteMethod, eventData.Duration);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Record(eventData.ExecuteMethod, eventData.Duration);
        return ValueTask.FromResult(result);
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        Record(eventData.ExecuteMethod, eventData.Duration);
        return result;
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Record(eventData.ExecuteMethod, eventData.Duration);
        return ValueTask.FromResult(result);
    }

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) =>
        Record(eventData.ExecuteMethod, eventData.Duration);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Record(eventData.ExecuteMethod, eventData.Duration);
        return Task.CompletedTask;
    }

    private void Record(DbCommandMethod method, TimeSpan duration) =>
        PassageMetrics.DatabaseCommandDuration.Record(
            duration.TotalMilliseconds,
            new KeyValuePair<string, object?>("passage.db.provider", _provider),
            new KeyValuePair<string, object?>("passage.db.command", Kind(method)));

    private static string Kind(DbCommandMethod method) => method switch
    {
        DbCommandMethod.ExecuteReader => "reader",
        DbCommandMethod.ExecuteScalar => "scalar",
        _ => "non_query",
    };
}
