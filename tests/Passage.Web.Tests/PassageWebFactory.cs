using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passage.Core.Accounts;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.Registry;
using Passage.Core.Registry.Matching;
using Passage.Core.Storage;
using Passage.Testing;

namespace Passage.Web.Tests;

/// <summary>
/// The real application on a fresh database of one test: an SQLite file or a database on the test run's PostgreSQL.
/// Users are created through Identity; pages are used through the real sign-in form, the API with real tokens.
/// </summary>
public sealed partial class PassageWebFactory : WebApplicationFactory<Program>
{
    public const string Password = "Correct-horse-7";

    private readonly TestDatabase _database;
    private readonly bool _ownsDatabase;
    private readonly Action<IServiceCollection>? _replaceServices;
    private readonly IReadOnlyDictionary<string, string>? _settings;

    public PassageWebFactory(DatabaseProvider provider, Action<IServiceCollection>? replaceServices = null)
        : this(TestDatabase.Create(provider), ownsDatabase: true, replaceServices)
    {
    }

    /// <summary>The application on a fresh database, with <paramref name="settings"/> over its configuration.</summary>
    public PassageWebFactory(DatabaseProvider provider, IReadOnlyDictionary<string, string> settings)
        : this(TestDatabase.Create(provider), ownsDatabase: true, null, settings)
    {
    }

    /// <summary>The application on a fresh database, with <paramref name="settings"/> over its configuration and services replaced.</summary>
    public PassageWebFactory(DatabaseProvider provider, IReadOnlyDictionary<string, string> settings, Action<IServiceCollection> replaceServices)
        : this(TestDatabase.Create(provider), ownsDatabase: true, replaceServices, settings)
    {
    }

    /// <summary>Another process of the application on <paramref name="database"/>, which the caller keeps and disposes.</summary>
    public PassageWebFactory(TestDatabase database, IReadOnlyDictionary<string, string>? settings = null)
        : this(database, ownsDatabase: false, null, settings)
    {
    }

    private PassageWebFactory(TestDatabase database, bool ownsDatabase, Action<IServiceCollection>? replaceServices, IReadOnlyDictionary<string, string>? settings = null)
    {
        _database = database;
        _ownsDatabase = ownsDatabase;
        _replaceServices = replaceServices;
        _settings = settings;
    }

    public DatabaseProvider Provider => _database.Provider;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Passage", _database.ConnectionString);
        builder.UseSetting("Passage:Demo", "false");
        builder.UseSetting(Passage.Web.Hosting.WebSetup.FieldKeysSetting, _database.FieldKeysFolder);

        // Tests trigger the index catch-up themselves; a timer would make what a page shows depend on timing.
        builder.UseSetting("Passage:IndexCatchUp:IntervalSeconds", "0");

        // The retention job would anonymise records on the wall clock's schedule; tests run it themselves.
        builder.UseSetting(Passage.Web.Hosting.RetentionWorker.ScheduledSetting, "false");
        foreach (var (key, value) in _settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }

        if (_replaceServices is not null)
        {
            builder.ConfigureTestServices(_replaceServices);
        }
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see where the app sends them.</summary>
    public HttpClient CreateBrowser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async Task<PassageUser> CreateUserAsync(string userName, params string[] roles)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PassageUser>>();
        var user = new PassageUser { UserName = userName, DisplayName = userName };
        var created = await users.CreateAsync(user, Password);
        created.Succeeded.ShouldBeTrue(string.Join("; ", created.Errors.Select(e => e.Description)));
        if (roles.Length > 0)
        {
            (await users.AddToRolesAsync(user, roles)).Succeeded.ShouldBeTrue();
        }

        return user;
    }

    /// <summary>Changes a stored user as an administrator's edit would (a country, the supervisor mark).</summary>
    public async Task ChangeUserAsync(string userId, Action<PassageUser> change)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PassageUser>>();
        var stored = (await users.FindByIdAsync(userId))!;
        change(stored);
        (await users.UpdateAsync(stored)).Succeeded.ShouldBeTrue();
    }

    /// <summary>Signs in through the real form, with the antiforgery token the page gives; returns the response.</summary>
    public static async Task<HttpResponseMessage> PostSignInAsync(HttpClient browser, string userName, string password)
    {
        var form = await browser.GetStringAsync(new Uri("/Account/SignIn", UriKind.Relative));
        return await browser.PostAsync(new Uri("/Account/SignIn", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = password,
            ["__RequestVerificationToken"] = AntiforgeryToken(form),
        }));
    }

    /// <summary>A browser signed in as a new user with the given roles.</summary>
    public async Task<HttpClient> SignedInBrowserAsync(string userName, params string[] roles)
    {
        await CreateUserAsync(userName, roles);
        var browser = CreateBrowser();
        var response = await PostSignInAsync(browser, userName, Password);
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);
        return browser;
    }

    /// <summary>An API client holding a new personal token of a new user with the given roles.</summary>
    public async Task<HttpClient> ApiClientAsync(string userName, params string[] roles)
    {
        var user = await CreateUserAsync(userName, roles);
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await CreateTokenAsync(user.Id));
        return client;
    }

    public async Task<string> CreateTokenAsync(string userId, DateTimeOffset? expiresAt = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PassageDbContext>();
        var (token, secret) = ApiToken.Create(userId, "test", DateTimeOffset.UtcNow, expiresAt);
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync();
        return secret;
    }

    /// <summary>
    /// Registers a fictitious resident through the use case, as a registration officer would, but without asking the
    /// matching engine first, so that a test may seed look-alikes; the application's index learns of the person.
    /// </summary>
    public async Task<Person> RegisterPersonAsync(PersonDetails? details = null, Guid? caseId = null)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Actor>().Set("seed", "seed", null, [Roles.Registration]);
        var result = await RegisterWithoutDuplicateCheckAsync(scope.ServiceProvider, details ?? SampleDetails(), caseId);
        result.Succeeded.ShouldBeTrue(result.Problem?.Detail ?? result.Problem?.Title);
        return result.Value;
    }

    /// <summary>Registers as the scope's actor without asking the matching engine first; the application's index learns of the person.</summary>
    public static async Task<Result<Person>> RegisterWithoutDuplicateCheckAsync(IServiceProvider services, PersonDetails details, Guid? caseId = null)
    {
        var register = new RegisterPerson(services.GetRequiredService<PassageDbContext>(), services.GetRequiredService<Actor>(), services.GetRequiredService<TimeProvider>());
        var result = await register.ExecuteAsync(details, caseId);
        if (result.Succeeded)
        {
            services.GetRequiredService<RegistryIndex>().Update(result.Value);
        }

        return result;
    }

    public static PersonDetails SampleDetails(string given = "Mohammad", string family = "Hosseini", string birth = "1984-03") =>
        new(given, family, "Ali", "محمد", "حسینی", "علی", "Male", birth, "B4", "17", ["Mohamed Husseini"], ["SM"]);

    /// <summary>
    /// Puts a case straight into <paramref name="status"/> (held from <paramref name="heldFrom"/>), as its flows would have
    /// left it, so a test can try what may or may not happen from there; returns the case's new version.
    /// </summary>
    public Task<long> PutCaseAtAsync(Guid caseId, CaseStatus status, CaseStatus? heldFrom = null) => WithDbAsync(async db =>
    {
        await db.Database.ExecuteSqlAsync(
            $"UPDATE \"Cases\" SET \"Status\" = {(int)status}, \"HeldFrom\" = {(int?)heldFrom}, \"Version\" = \"Version\" + 1 WHERE \"Id\" = {caseId}");
        return await db.Cases.Where(c => c.Id == caseId).Select(c => c.Version).SingleAsync();
    });

    public Task<CaseStatus> CaseStatusAsync(Guid caseId) => WithDbAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.Status).SingleAsync());

    /// <summary>
    /// Runs <paramref name="work"/> with a database context of the application, once the audit entries of the reads made
    /// so far are written (as the application does within its flush interval).
    /// </summary>
    public async Task<T> WithDbAsync<T>(Func<PassageDbContext, Task<T>> work)
    {
        await Services.GetRequiredService<Passage.Core.Audit.ReadAuditQueue>().FlushAsync();
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<PassageDbContext>());
    }

    /// <summary>Waits, at most a minute, for the background worker to finish the latest duplicate scan; returns its id.</summary>
    public async Task<long> WhenLatestScanFinishedAsync()
    {
        var id = await WithDbAsync(db => db.DuplicateScans.MaxAsync(s => s.Id));
        await Services.GetRequiredService<DuplicateScanQueue>().WhenFinishedAsync(id).WaitAsync(TimeSpan.FromMinutes(1));
        return id;
    }

    /// <summary>Stores a scan as queued by another user (another node, or a scan this process did not start), without running it.</summary>
    public Task<long> QueueScanElsewhereAsync(string startedBy = "hamid.rahimi") => WithDbAsync(async db =>
    {
        var actor = new Actor();
        actor.Set(startedBy, startedBy, null, []);
        var scan = DuplicateScan.Queue(actor, DateTimeOffset.UtcNow);
        db.DuplicateScans.Add(scan);
        await db.SaveChangesAsync();
        return scan.Id;
    });

    public static string AntiforgeryToken(string html)
    {
        var match = AntiforgeryInput().Match(html);
        match.Success.ShouldBeTrue("the page has no antiforgery token");
        return System.Net.WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsDatabase)
        {
            _database.Dispose();
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryInput();
}
