using System.Diagnostics.Metrics;
using System.Net;
using Microsoft.Data.Sqlite;
using Npgsql;
using Passage.Core.Accounts;
using Passage.Core.Operations;
using Passage.Testing;
using Passage.Web.Tests.Api;
using Passage.Web.Tests.Pages;

namespace Passage.Web.Tests.Hosting;

public sealed class ObservabilityTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Ready_WhenTheDatabaseIsLost_Answers503WhileLiveStaysUp(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        using var factory = new PassageWebFactory(database);
        using var client = factory.CreateClient();
        using var readyBefore = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        LoseDatabase(database);
        using var readyAfter = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        using var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
        using var health = await client.GetAsync(new Uri("/health", UriKind.Relative));

        readyBefore.StatusCode.ShouldBe(HttpStatusCode.OK);
        readyAfter.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await readyAfter.Content.ReadAsStringAsync()).ShouldBe("Unhealthy");
        live.StatusCode.ShouldBe(HttpStatusCode.OK);
        health.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Meter_ASearch_IsMeasuredAsARequestOnItsRouteAndAsAMatchingSearch()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        await factory.RegisterPersonAsync();
        using var api = await factory.ApiClientAsync("fatemeh.karimi", Roles.Registration);
        var routes = new List<string>();
        var matching = new List<double>();
        var gauges = new Dictionary<string, long>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name is PassageMetrics.MeterName or "Microsoft.AspNetCore.Hosting")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) =>
        {
            lock (routes)
            {
                if (instrument.Name == "http.server.request.duration")
                {
                    routes.AddRange(tags.ToArray().Where(t => t.Key == "http.route").Select(t => (string)t.Value!));
                }
                else if (instrument.Name == "passage.matching.duration")
                {
                    matching.Add(value);
                }
            }
        });
        listener.SetMeasurementEventCallback<int>((instrument, value, _, _) =>
        {
            lock (routes)
            {
                gauges[instrument.Name] = Math.Max(gauges.GetValueOrDefault(instrument.Name), value);
            }
        });
        listener.Start();

        using var response = await api.GetAsync("/api/v1/persons/search?q=hossei");
        listener.RecordObservableInstruments();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        lock (routes)
        {
            routes.ShouldContain("/api/v1/persons/search");
            matching.ShouldNotBeEmpty();
            gauges.GetValueOrDefault("passage.registry_index.persons").ShouldBeGreaterThanOrEqualTo(1);
            gauges.ShouldContainKey("passage.duplicate_scan.queue");
            gauges.ShouldContainKey("passage.requests.waiting");
        }
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "sqlite")]
    [InlineData(DatabaseProvider.Postgres, "postgresql")]
    public async Task Meter_APersonPage_RecordsItsDatabaseTimeByProviderAndKindWithoutTheQuery(DatabaseProvider provider, string providerTag)
    {
        using var database = TestDatabase.Create(provider);
        using var factory = new PassageWebFactory(database);
        var person = await factory.RegisterPersonAsync();
        using var browser = await factory.SignedInBrowserAsync("fatemeh.karimi", Roles.Registration);
        var commands = new List<(double Milliseconds, Dictionary<string, string> Tags)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == PassageMetrics.MeterName && instrument.Name == "passage.db.command.duration")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((_, value, tags, _) =>
        {
            lock (commands)
            {
                commands.Add((value, tags.ToArray().ToDictionary(t => t.Key, t => (string)t.Value!)));
            }
        });
        listener.Start();

        var page = await browser.GetPageAsync($"/Persons/{person.Id}");

        page.ShouldContain("Hosseini");
        lock (commands)
        {
            var ours = commands.Where(c => c.Tags["passage.db.provider"] == providerTag).ToList();
            ours.ShouldContain(c => c.Tags["passage.db.command"] == "reader", "the page's queries are measured");
            ours.ShouldAllBe(c => c.Milliseconds >= 0);
            commands.SelectMany(c => c.Tags.Keys).Distinct().Order().ToList().ShouldBe(["passage.db.command", "passage.db.provider"], "no SQL text, no parameters");
            commands.SelectMany(c => c.Tags.Values).ShouldAllBe(v => v == "reader" || v == "scalar" || v == "non_query" || v == "sqlite" || v == "postgresql");
        }
    }

    private static void LoseDatabase(TestDatabase database)
    {
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            SqliteConnection.ClearAllPools();
            var file = new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
            File.Delete(file + "-wal");
            File.Delete(file + "-shm");
            File.WriteAllText(file, "this file is no longer a database, as after a failed disk");
            return;
        }

        var name = new NpgsqlConnectionStringBuilder(database.ConnectionString).Database;
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(PostgresServer.Instance.AdminConnectionString);
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE \"{name}\" WITH (FORCE)", connection);
        drop.ExecuteNonQuery();
    }
}
