using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Passage.Core.Accounts;
using Passage.Core.Registry;
using Passage.Core.Registry.Matching;
using Passage.Core.Storage;
using Passage.Testing;

namespace Passage.EndToEnd.Tests;

/// <summary>
/// The real application served by Kestrel on a free loopback port, on a temporary SQLite file holding a few dozen
/// fictitious residents and one officer who may register, interview and refer.
/// </summary>
public sealed class PassageSite : WebApplicationFactory<Program>
{
    public const string OfficerName = "nasrin.officer@example.org";
    public const string OfficerPassword = "Passage-Demo-1";
    public const string OverseerName = "kaveh.overseer@example.org";

    private static readonly (string Given, string Family, string GivenAr, string FamilyAr, string Sex, string Birth)[] Residents =
    [
        ("Mohammad", "Hosseini", "محمد", "حسینی", "Male", "1978-04"),
        ("Maryam", "Hosseini", "مریم", "حسینی", "Female", "1981"),
        ("Ali", "Rezaei", "علی", "رضایی", "Male", "1969-11-02"),
        ("Fatemeh", "Karimi", "فاطمه", "کریمی", "Female", "1990-07"),
        ("Reza", "Moradi", "رضا", "مرادی", "Male", "1985"),
        ("Zahra", "Jafari", "زهرا", "جعفری", "Female", "2008-02-14"),
        ("Hossein", "Ahmadi", "حسین", "احمدی", "Male", "1958"),
        ("Leila", "Sadeghi", "لیلا", "صادقی", "Female", "1993-09"),
        ("Mehdi", "Rahimi", "مهدی", "رحیمی", "Male", "1975-01-20"),
        ("Soheila", "Bagheri", "سهیلا", "باقری", "Female", "1962"),
        ("Hamid", "Ghasemi", "حمید", "قاسمی", "Male", "1988-06"),
        ("Nasrin", "Kazemi", "نسرین", "کاظمی", "Female", "1971-12"),
        ("Javad", "Mousavi", "جواد", "موسوی", "Male", "2012-03-03"),
        ("Parvin", "Heidari", "پروین", "حیدری", "Female", "1955"),
        ("Saeed", "Najafi", "سعید", "نجفی", "Male", "1983-08-30"),
        ("Shirin", "Tehrani", "شیرین", "تهرانی", "Female", "1996-05"),
    ];

    private readonly TestDatabase _database = TestDatabase.Create(DatabaseProvider.Sqlite);

    public PassageSite() => UseKestrel(options => options.Listen(IPAddress.Loopback, 0));

    /// <summary>Where the site listens, such as <c>http://127.0.0.1:41234</c>.</summary>
    public string Address { get; private set; } = "";

    /// <summary>Adds an account as the operator at the server's console does (<c>passage users add</c>): its roles apply at once.</summary>
    public async Task AddUserAsync(NewUser user)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Actor>().ActAsConsoleOperator();
        var added = await scope.ServiceProvider.GetRequiredService<AddUser>().ExecuteAsync(user);
        added.Succeeded.ShouldBeTrue(added.Problem?.Detail);
    }

    /// <summary>Starts the server and fills the registry; call once before browsing.</summary>
    public async Task StartAsync(int persons)
    {
        StartServer();
        Address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Actor>().ActAsConsoleOperator();
        var add = await scope.ServiceProvider.GetRequiredService<AddUser>().ExecuteAsync(
            new NewUser(OfficerName, "Nasrin Officer", OfficerPassword, [Roles.Registration, Roles.Protection, Roles.Resettlement]));
        add.Succeeded.ShouldBeTrue(add.Problem?.Detail);
        var overseer = await scope.ServiceProvider.GetRequiredService<AddUser>().ExecuteAsync(
            new NewUser(OverseerName, "Kaveh Overseer", OfficerPassword, [Roles.Administrator, Roles.Auditor]));
        overseer.Succeeded.ShouldBeTrue(overseer.Problem?.Detail);
        var actor = scope.ServiceProvider.GetRequiredService<Actor>();
        actor.Set(add.Value.Id, OfficerName, null, [Roles.Registration]);
        // Seeded without asking the matching engine, as the residents repeat; the index learns of each one.
        var register = new RegisterPerson(scope.ServiceProvider.GetRequiredService<PassageDbContext>(), actor, scope.ServiceProvider.GetRequiredService<TimeProvider>());
        var index = Services.GetRequiredService<RegistryIndex>();
        Guid? family = null;
        for (var i = 0; i < persons; i++)
        {
            var r = Residents[i % Residents.Length];
            var block = "B" + ((i % 6) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var unit = ((i * 7 % 40) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var needs = i % 7 == 3 ? new[] { "SM" } : [];
            var details = new PersonDetails(r.Given, r.Family, null, r.GivenAr, r.FamilyAr, null, r.Sex, r.Birth, block, unit, null, needs);
            var result = await register.ExecuteAsync(details, i % 3 == 1 ? family : null);
            result.Succeeded.ShouldBeTrue(result.Problem?.Title);
            index.Update(result.Value);
            family = result.Value.CaseId;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Passage", _database.ConnectionString);
        builder.UseSetting("Passage:Demo", "false");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _database.Dispose();
        }
    }
}
