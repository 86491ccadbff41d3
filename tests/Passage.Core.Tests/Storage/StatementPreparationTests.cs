using Npgsql;
using Passage.Core.Storage;

namespace Passage.Core.Tests.Storage;

/// <summary>Which connection strings the web application prepares statements on, and which settings of the operator's it keeps.</summary>
public sealed class StatementPreparationTests
{
    [Fact]
    public void PostgresConnectionString_GetsPreparationAndNoReset()
    {
        var prepared = new NpgsqlConnectionStringBuilder(StatementPreparation.ForServer("Host=db;Database=passage;Username=passage"));

        prepared.MaxAutoPrepare.ShouldBe(StatementPreparation.MaxStatements);
        prepared.AutoPrepareMinUsages.ShouldBe(StatementPreparation.MinUsages);
        prepared.NoResetOnClose.ShouldBeTrue();
        prepared.Host.ShouldBe("db");
        prepared.Database.ShouldBe("passage");
    }

    [Fact]
    public void OperatorsOwnSettings_AreKept()
    {
        var prepared = new NpgsqlConnectionStringBuilder(StatementPreparation.ForServer("Host=db;Database=passage;max auto prepare=0;No Reset On Close=false"));

        prepared.MaxAutoPrepare.ShouldBe(0);
        prepared.NoResetOnClose.ShouldBeFalse();
    }

    [Theory]
    [InlineData("Data Source=passage.db")]
    [InlineData("postgresql://passage@db/passage")]
    public void OtherConnectionStrings_AreLeftAlone(string connectionString) =>
        StatementPreparation.ForServer(connectionString).ShouldBe(connectionString);
}
