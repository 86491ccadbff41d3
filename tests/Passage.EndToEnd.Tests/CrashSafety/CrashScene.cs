using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Common;
using Passage.Core.Interviews;
using Passage.Core.Pledges;
using Passage.Core.Registry;
using Passage.Core.Storage;
using Passage.Testing;

namespace Passage.EndToEnd.Tests.CrashSafety;

/// <summary>
/// A database prepared through the application's own use cases (the web application's services, in this process, acting as the
/// role that takes each step), which the web application is then started on as a separate process to be killed.
/// </summary>
internal sealed class CrashScene : IDisposable
{
    private static readonly (string Given, string Sex, string Birth)[] Adults = [("Hossein", "Male", "1968-04"), ("Zahra", "Female", "1972-09-03"), ("Ali", "Male", "2000")];
    private static readonly string[] Families = ["Rezaei", "Karimi", "Mousavi", "Ahmadi", "Rahimi", "Sharifi", "Bagheri", "Taheri", "Noori", "Farahani"];
    private readonly Seeder _seeder;

    private CrashScene(TestDatabase database)
    {
        Database = database;
        _seeder = new Seeder(database);
    }

    public TestDatabase Database { get; }

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public static CrashScene Create(DatabaseProvider provider) => new(TestDatabase.Create(provider));

    /// <summary>Runs a use case as a user of <paramref name="role"/> and returns what it made; fails the test when it was refused.</summary>
    public async Task<T> AsAsync<T>(string role, Func<IServiceProvider, Task<Result<T>>> step, string? country = null)
    {
        var result = await InScopeAsync(role, step, country);
        result.Succeeded.ShouldBeTrue($"{role}: {result.Problem?.Title} {result.Problem?.Detail}");
        return result.Value;
    }

    /// <summary>Runs <paramref name="step"/> with the services of one request made by a user of <paramref name="role"/>.</summary>
    public async Task<T> InScopeAsync<T>(string role, Func<IServiceProvider, Task<T>> step, string? country = null)
    {
        await using var scope = _seeder.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Actor>().Set($"seed-{role}", $"seed-{role}", "127.0.0.1", [role], countryCode: country);
        return await step(scope.ServiceProvider);
    }

    /// <summary>Adds a user of <paramref name="role"/> as the operator at the console does, and gives it an API token; returns the token's secret.</summary>
    public Task<string> TokenAsync(string role, string? country = null) => ApiUsers.TokenAsync(_seeder.Services, role, country, "crash test");

    public Task<Pledge> PledgeAsync(string country, int places) =>
        AsAsync(Roles.Resettlement, sp => sp.GetRequiredService<CreatePledge>().ExecuteAsync(new PledgeDetails(country, places, Today.AddDays(-30), PledgeCategories.Any)));

    /// <summary>Family number <paramref name="number"/>: three adults in one case, each of whom chose resettlement.</summary>
    public async Task<Guid> InterviewedFamilyAsync(int number)
    {
        Guid? caseId = null;
        var persons = new List<Guid>();
        foreach (var (given, sex, birth) in Adults)
        {
            var family = Families[number % Families.Length];
            var details = new PersonDetails(given, family, "Mohammad", null, null, null, sex, birth, "B", (number + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), null, []);
            // Registered without asking the matching engine, as the families repeat their given names and births.
            var person = await AsAsync(Roles.Registration, sp => new RegisterPerson(
                sp.GetRequiredService<PassageDbContext>(), sp.GetRequiredService<Actor>(), sp.GetRequiredService<TimeProvider>()).ExecuteAsync(details, caseId));
            caseId = person.CaseId;
            persons.Add(person.Id);
        }

        foreach (var person in persons)
        {
            await AsAsync(Roles.Protection, sp => sp.GetRequiredService<RecordInterview>().ExecuteAsync(person, new InterviewDetails(
                Today.AddDays(-1), "Leila Karimi", null, "Persian", true, null, ResettlementChoice.Resettle, [], [], null, false)));
        }

        return caseId!.Value;
    }

    /// <summary>Refers the case to the pledge and submits the referral to the country; returns the referral's id.</summary>
    public async Task<Guid> SubmittedReferralAsync(Guid caseId, Guid pledgeId)
    {
        long version;
        await using (var db = Database.CreateContext())
        {
            version = await db.Cases.Where(c => c.Id == caseId).Select(c => c.Version).SingleAsync();
        }

        var referral = (await AsAsync(Roles.Resettlement, sp => sp.GetRequiredService<ReferCase>().ExecuteAsync(caseId, pledgeId, version, "Chose resettlement"))).ReferralId;
        await AsAsync(Roles.Resettlement, sp => sp.GetRequiredService<SubmitReferral>().ExecuteAsync(referral, "Dossier sent"));
        return referral;
    }

    /// <summary>Takes a submitted referral through the country's acceptance and exit clearance: the case may be booked.</summary>
    public async Task ClearAsync(Guid referralId, string country)
    {
        await AsAsync(Roles.CountryDelegate, sp => sp.GetRequiredService<DecideReferral>().ExecuteAsync(referralId, DecisionOutcome.Accepted, Today, "Meets the criteria"), country);
        await AsAsync(Roles.Resettlement, sp => sp.GetRequiredService<RecordExitClearance>().ExecuteAsync(referralId, true, true, Today, "Laissez-passer issued"));
    }

    /// <summary>The audit chain verified end to end.</summary>
    public Task<AuditVerification> VerifyAuditAsync() =>
        AsAsync(Roles.Auditor, sp => sp.GetRequiredService<VerifyAuditChain>().ExecuteAsync("crash test"));

    /// <summary>Starts the built web application on this database as a separate process and waits until it is healthy.</summary>
    public async Task<WebProcess> StartWebAsync(string token)
    {
        var dll = WebProcess.BuiltWebDll();
        var web = WebProcess.Start(dll, Path.GetDirectoryName(dll)!, new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__Passage"] = Database.ConnectionString,
            ["Passage__FieldEncryption__KeysFolder"] = Database.FieldKeysFolder,
            ["Passage__Demo"] = "false",
            ["ASPNETCORE_CONTENTROOT"] = null,
        });
        (await web.WaitForHealthAsync()).ShouldBeTrue(web.Console);
        web.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return web;
    }

    public void Dispose()
    {
        _seeder.Dispose();
        Database.Dispose();
    }

    /// <summary>The application's services on the scene's database, without a server, for preparing data.</summary>
    private sealed class Seeder(TestDatabase database) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("ConnectionStrings:Passage", database.ConnectionString);
            builder.UseSetting("Passage:FieldEncryption:KeysFolder", database.FieldKeysFolder);
            builder.UseSetting("Passage:Demo", "false");
        }
    }
}
