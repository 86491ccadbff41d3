using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Demo;
using Passage.Core.Registry;
using Passage.Core.Registry.Matching;
using Passage.Core.Storage;

namespace Passage.Web.Hosting;

/// <summary>
/// Brings the database up to date on start, creates the roles, recomputes stored name search keys made by older
/// rules, fills an empty registry with the demo operation (in Development only), and builds the matching index of the
/// registry. Outside Development an empty database stays empty and the operator is told how to add the first administrator.
/// </summary>
public static class DatabaseStartup
{
    public static async Task PreparePassageDatabaseAsync(this WebApplication app, CancellationToken ct = default)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<PassageDbContext>();
        await db.Database.MigratePassageAsync(ct);

        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        // Before the demo: an empty registry only records the rules' version; the demo then stores current keys.
        await services.GetRequiredService<RecomputeSearchKeys>().ExecuteAsync(ct);

        if (app.Environment.IsDevelopment() && app.Configuration.GetValue("Passage:Demo", true) && !await db.Persons.AnyAsync(ct))
        {
            await SeedDemoAsync(app, services, ct);
        }
        else if (!await db.Users.AnyAsync(ct))
        {
            Console.WriteLine(NoAccountsMessage);
        }

        await services.GetRequiredService<RegistryIndex>().RebuildAsync(db, ct);
    }

    public const string NoAccountsMessage =
        "Passage has no user accounts yet. Create the first administrator with: "
        + "passage users add --email EMAIL --name NAME --password PASSWORD --role Administrator";

    private static async Task SeedDemoAsync(WebApplication app, IServiceProvider services, CancellationToken ct)
    {
        var persons = app.Configuration.GetValue("Passage:DemoPersons", DemoOperation.DefaultPersons);
        Console.WriteLine($"Creating the demo operation ({persons} fictitious residents)...");
        var result = await DemoOperation.SeedAsync(services, persons, ct);
        Console.WriteLine($"Demo operation ready: {result.Persons} residents in {result.Cases} cases.");
        Console.WriteLine("Demo accounts (user name, password, roles):");
        foreach (var line in result.AccountLines())
        {
            Console.WriteLine(line);
        }
    }
}
