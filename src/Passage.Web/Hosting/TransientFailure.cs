using Npgsql;

namespace Passage.Web.Hosting;

/// <summary>
/// A failure of the database connection rather than of the request: the server went away, no host answered as the
/// primary yet (a failover under way), or the server refused new work while shutting down or starting.
/// </summary>
public static class TransientFailure
{
    public static bool Is(Exception? exception) => exception switch
    {
        null => false,
        PostgresException postgres => postgres.IsTransient
            || postgres.SqlState.StartsWith("08", StringComparison.Ordinal)
            || postgres.SqlState.StartsWith("57P", StringComparison.Ordinal)
            || postgres.SqlState == PostgresErrorCodes.ReadOnlySqlTransaction,

        // Npgsql's own (not the server's) failures are all about the connection: I/O, timeouts, no suitable host.
        NpgsqlException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(Is),
        _ => Is(exception.InnerException),
    };
}
