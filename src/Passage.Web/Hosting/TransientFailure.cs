using Npgsql;

namespace Passage.Web.Hosting;

/// <summary>
/// A failure of the database connection rather than of the request: the server went away, no host answered as the
/// primary yet (a failover under way), or the server refused new work while shutting down or starting; or a prepared
/// statement gone stale under a schema change.
/// </summary>
public static class TransientFailure
{
    public static bool Is(Exception? exception) => exception switch
    {
        null => false,
        PostgresException postgres => postgres.IsTransient
            || postgres.SqlState.StartsWith("08", StringComparison.Ordinal)
            || postgres.SqlState.StartsWith("57P", StringComparison.Ordinal)
            || postgres.SqlState == PostgresErrorCodes.ReadOnlySqlTransaction
            || IsStalePreparedStatement(postgres),

        // Npgsql's own (not the server's) failures are all about the connection: I/O, timeouts, no suitable host.
        NpgsqlException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(Is),
        _ => Is(exception.InnerException),
    };

    // A statement this process prepared (StatementPreparation) before another process changed the schema under it, as an
    // upgrade's migration does: the server refuses it once, Npgsql forgets it, and the next run prepares it anew.
    private static bool IsStalePreparedStatement(PostgresException postgres) =>
        postgres.SqlState == PostgresErrorCodes.FeatureNotSupported
        && postgres.MessageText.Contains("cached plan must not change result type", StringComparison.Ordinal);
}
