using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Passage.Core.Accounts;

namespace Passage.Cli.Commands;

/// <summary><c>passage users add</c>: adds a user with roles, for example the first administrator; <c>passage users list</c>.</summary>
public static class UsersCommand
{
    public static Command Create(Option<string?> database)
    {
        var email = new Option<string>("--email") { Description = "Email address; it is also the user name.", Required = true };
        var name = new Option<string>("--name") { Description = "The user's name as others see it.", Required = true };
        var password = new Option<string>("--password") { Description = "Initial password (Identity's policy applies).", Required = true };
        var role = new Option<string[]>("--role")
        {
            Description = $"A role; repeat for several. Roles: {string.Join(", ", Roles.All)}.",
            Required = true,
        };
        var supervisor = new Option<bool>("--supervisor") { Description = "Mark the user a supervisor of their team." };
        var country = new Option<string?>("--country") { Description = "Two-letter country code, for a country delegate." };

        var add = new Command("add", "Add a user with one or more roles.");
        foreach (var option in new Option[] { email, name, password, role, supervisor, country })
        {
            add.Options.Add(option);
        }

        add.SetAction(async (parseResult, ct) =>
        {
            await using var services = await CliServices.StartAsync(DatabaseOption.Resolve(parseResult, database), ct);
            await using var scope = services.CreateAsyncScope();
            CliServices.ActAsCli(scope.ServiceProvider);
            scope.ServiceProvider.GetRequiredService<Actor>().ActAsConsoleOperator();
            var roles = parseResult.GetValue(role)!
                .Select(r => Roles.All.FirstOrDefault(known => string.Equals(known, r.Trim(), StringComparison.OrdinalIgnoreCase)) ?? r.Trim())
                .ToList();
            var request = new NewUser(parseResult.GetValue(email), parseResult.GetValue(name), parseResult.GetValue(password), roles,
                parseResult.GetValue(supervisor), parseResult.GetValue(country));
            var result = await scope.ServiceProvider.GetRequiredService<AddUser>().ExecuteAsync(request, ct);
            if (!result.Succeeded)
            {
                await ProblemPrinter.WriteAsync(parseResult.InvocationConfiguration.Error, result.Problem!);
                return ExitCodes.BadInput;
            }

            await parseResult.InvocationConfiguration.Output.WriteLineAsync(
                $"Added {result.Value.UserName} with {string.Join(", ", roles.Select(Roles.Label))}.");
            return ExitCodes.Ok;
        });

        var list = new Command("list", "List the users with their roles, roles waiting for approval, and locks.");
        list.SetAction(async (parseResult, ct) =>
        {
            await using var services = await CliServices.StartAsync(DatabaseOption.Resolve(parseResult, database), ct);
            await using var scope = services.CreateAsyncScope();
            CliServices.ActAsCli(scope.ServiceProvider);
            scope.ServiceProvider.GetRequiredService<Actor>().ActAsConsoleOperator();
            var result = await scope.ServiceProvider.GetRequiredService<ListUsers>().ExecuteAsync(ct);
            var output = parseResult.InvocationConfiguration.Output;
            foreach (var user in result.Value)
            {
                var waiting = user.PendingRoles.Count == 0 ? "" : $"; waiting for approval: {string.Join(", ", user.PendingRoles.Select(Roles.Label))}";
                await output.WriteLineAsync(
                    $"{user.UserName}\t{string.Join(", ", user.Roles.Select(Roles.Label))}{waiting}{(user.LockedOut ? "; locked" : "")}");
            }

            return ExitCodes.Ok;
        });

        var users = new Command("users", "Manage user accounts.");
        users.Subcommands.Add(add);
        users.Subcommands.Add(list);
        return users;
    }
}
