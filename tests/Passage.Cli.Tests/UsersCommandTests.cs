using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;

namespace Passage.Cli.Tests;

public sealed class UsersCommandTests
{
    [Fact]
    public async Task UsersAdd_AtTheConsole_GrantsAtOnceAndAuditsEachRoleByName()
    {
        using var cli = new CliRun();

        var (exit, _, error) = await cli.RunAsync("users", "add", "--email", "admin@example.org", "--name", "Nasrin Karimi",
            "--password", "Str0ng-Passw0rd!", "--role", "Administrator", "--role", "Auditor");

        exit.ShouldBe(ExitCodes.Ok, error);
        await using var db = cli.Context();
        var granted = await db.AuditEntries.Where(a => a.Action == AuditAction.RoleGranted).Select(a => a.Detail!).ToListAsync();
        granted.Count.ShouldBe(2);
        granted.ShouldContain(d => d.StartsWith("role: Administrator;", StringComparison.Ordinal));
        granted.ShouldContain(d => d.StartsWith("role: Auditor;", StringComparison.Ordinal));
        (await db.RoleChanges.CountAsync(c => c.State == RoleChangeState.Applied)).ShouldBe(2);
    }

    [Fact]
    public async Task UsersList_ShowsEachUserWithTheirRoles()
    {
        using var cli = new CliRun();
        (await cli.RunAsync("users", "add", "--email", "admin@example.org", "--name", "Nasrin Karimi",
            "--password", "Str0ng-Passw0rd!", "--role", "Administrator")).Exit.ShouldBe(ExitCodes.Ok);
        (await cli.RunAsync("users", "add", "--email", "delegate@example.org", "--name", "Farid Delegate",
            "--password", "Str0ng-Passw0rd!", "--role", "CountryDelegate", "--country", "de")).Exit.ShouldBe(ExitCodes.Ok);

        var (exit, output, error) = await cli.RunAsync("users", "list");

        exit.ShouldBe(ExitCodes.Ok, error);
        output.ShouldContain("admin@example.org\tAdministrator");
        output.ShouldContain("delegate@example.org\tCountry delegate");
    }
}
