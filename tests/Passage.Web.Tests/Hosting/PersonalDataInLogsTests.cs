using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Passage.Core.Accounts;
using Passage.Core.Registry.Import;
using Passage.Testing;
using Passage.Web.Tests.Api;

namespace Passage.Web.Tests.Hosting;

/// <summary>Everything the application logs, at the most detailed level and with EF Core's categories on, names no person.</summary>
public sealed class PersonalDataInLogsTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task TraceLogs_OfDemoRegistrationSearchAndImport_HoldNoNameAndNoRegistrationNumber(DatabaseProvider provider)
    {
        var logs = new CapturingLoggerProvider();
        using var factory = new PassageWebFactory(provider, new Dictionary<string, string>
        {
            ["Passage:Demo"] = "true",
            ["Passage:DemoPersons"] = "15",
            ["Logging:LogLevel:Default"] = "Trace",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Trace",
        }, services => services.AddSingleton<ILoggerProvider>(logs));
        using var api = await factory.ApiClientAsync("fatemeh.karimi", Roles.Registration);

        using var registered = await api.PostJsonAsync("/api/v1/persons", PassageWebFactory.SampleDetails("Parastoo", "Zandieh"));
        var number = (await registered.JsonAsync()).GetProperty("registrationNumber").GetString()!;
        using var search = await api.GetAsync("/api/v1/persons/search?q=Zandieh");
        using var byNumber = await api.GetAsync($"/api/v1/registration-numbers/{number}");
        await ImportAsync(factory, "GivenName,FamilyName,GivenNameArabic,FamilyNameArabic,Sex,BirthDate,CampBlock,CampUnit\nGolnaz,Sepehri,گلناز,سپهری,Female,1991,C,4\n");

        registered.StatusCode.ShouldBe(HttpStatusCode.Created);
        search.StatusCode.ShouldBe(HttpStatusCode.OK);
        byNumber.StatusCode.ShouldBe(HttpStatusCode.OK);
        var words = await factory.WithDbAsync(async db => (await db.Persons
                .Select(p => new[] { p.RegistrationNumber, p.GivenName, p.FamilyName, p.GivenNameArabic, p.FamilyNameArabic })
                .ToListAsync())
            .SelectMany(w => w).OfType<string>().Where(w => w.Length >= 3).Distinct().ToList());
        words.ShouldContain("Zandieh");
        words.ShouldContain("سپهری");
        words.Count.ShouldBeGreaterThan(40);
        var lines = logs.Lines();
        lines.Count.ShouldBeGreaterThan(100);
        var personal = new Regex($@"(?<!\w)({string.Join('|', words.Select(Regex.Escape))})(?!\w)");
        lines.Where(line => personal.IsMatch(line)).ShouldBeEmpty();
    }

    private static async Task ImportAsync(PassageWebFactory factory, string csv)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Actor>().Set("importer", "importer", null, [Roles.Registration]);
        await using var file = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        var result = await scope.ServiceProvider.GetRequiredService<ImportPersons>().ExecuteAsync(file, PersonFileFormat.Csv);
        result.Succeeded.ShouldBeTrue(result.Problem?.Title);
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> _lines = new();

        public List<string> Lines() => [.. _lines];

        public ILogger CreateLogger(string categoryName) => new Capturing(categoryName, _lines);

        public void Dispose()
        {
        }

        private sealed class Capturing(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull
            {
                lines.Enqueue($"{category} scope: {state}");
                return null;
            }

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var structured = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(' ', pairs.Select(p => $"{p.Key}={p.Value}")) : string.Empty;
                lines.Enqueue($"{category} {logLevel}: {formatter(state, exception)} {structured} {exception}");
            }
        }
    }
}
