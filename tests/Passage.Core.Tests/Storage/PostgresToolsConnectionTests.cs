using Passage.Core.Operations;

namespace Passage.Core.Tests.Storage;

/// <summary>pg_dump and pg_restore reach the node that takes writes when Passage connects to a primary and its standby.</summary>
public sealed class PostgresToolsConnectionTests
{
    [Fact]
    public void MultiHostConnectionString_GivesLibpqItsHostAndPortListsAndTheReadWriteTarget()
    {
        var environment = PostgresTools.Environment("Host=127.0.0.1:5433,127.0.0.1:5434;Database=passage;Username=postgres;Target Session Attributes=read-write");

        environment["PGHOST"].ShouldBe("127.0.0.1,127.0.0.1");
        environment["PGPORT"].ShouldBe("5433,5434");
        environment["PGTARGETSESSIONATTRS"].ShouldBe("read-write");
        environment["PGDATABASE"].ShouldBe("passage");
    }

    [Fact]
    public void OneHostConnectionString_IsPassedAsBefore()
    {
        var environment = PostgresTools.Environment("Host=db.example.org;Port=6432;Database=passage;Username=passage");

        environment["PGHOST"].ShouldBe("db.example.org");
        environment["PGPORT"].ShouldBe("6432");
        environment.ContainsKey("PGTARGETSESSIONATTRS").ShouldBeFalse();
    }
}
