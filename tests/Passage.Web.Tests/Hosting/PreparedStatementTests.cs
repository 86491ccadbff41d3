using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Passage.Core.Accounts;
using Passage.Core.Storage;
using Passage.Testing;

namespace Passage.Web.Tests.Hosting;

/// <summary>
/// The web application has PostgreSQL prepare the statements it sends again and again; a page still answers when another
/// process (an upgrade's migration) changes the schema under statements already prepared.
/// </summary>
public sealed class PreparedStatementTests
{
    [Fact]
    public async Task PersonPage_AfterAnotherProcessChangesAColumnItShows_StillAnswers()
    {
        using var database = TestDatabase.Create(DatabaseProvider.Postgres);
        using var factory = new PassageWebFactory(database);
        using var browser = await factory.SignedInBrowserAsync("nadia.karimi", Roles.Registration);
        var person = await factory.RegisterPersonAsync(PassageWebFactory.SampleDetails() with { CampUnit = "U-17" });
        var page = new Uri($"/Persons/{person.Id}", UriKind.Relative);
        for (var i = 0; i < 4; i++)
        {
            (await browser.GetAsync(page)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        (await PreparedOnAppConnectionAsync(factory)).ShouldBeGreaterThan(0);
        await using (var connection = new NpgsqlConnection(database.ConnectionString))
        {
            await connection.OpenAsync();
            // A wider column changes the type of the rows the person page's prepared statements return.
            await using var widen = new NpgsqlCommand("ALTER TABLE \"Persons\" ALTER COLUMN \"CampUnit\" TYPE character varying(30)", connection);
            await widen.ExecuteNonQueryAsync();
        }

        using var after = await browser.GetAsync(page);
        after.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await after.Content.ReadAsStringAsync()).ShouldContain("U-17");
    }

    [Fact]
    public async Task MaxAutoPrepareZeroInTheConnectionString_TurnsPreparationOff()
    {
        using var database = TestDatabase.Create(DatabaseProvider.Postgres);
        using var factory = new PassageWebFactory(database, new Dictionary<string, string>
        {
            ["ConnectionStrings:Passage"] = database.ConnectionString + ";Max Auto Prepare=0",
        });
        using var browser = await factory.SignedInBrowserAsync("nadia.karimi", Roles.Registration);
        var person = await factory.RegisterPersonAsync();
        for (var i = 0; i < 4; i++)
        {
            (await browser.GetAsync(new Uri($"/Persons/{person.Id}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        (await PreparedOnAppConnectionAsync(factory)).ShouldBe(0);
    }

    // Statements prepared on a connection of the application's pool: sequential requests reuse one idle connection.
    private static async Task<int> PreparedOnAppConnectionAsync(PassageWebFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PassageDbContext>();
        return await db.Database.SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM pg_prepared_statements").SingleAsync();
    }
}
