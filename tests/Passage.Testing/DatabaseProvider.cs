namespace Passage.Testing;

/// <summary>The databases every data test runs against.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
