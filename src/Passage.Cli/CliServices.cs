using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Passage.Core;
using Passage.Core.Accounts;
using Passage.Core.Registry;
using Passage.Core.Retention;
using Passage.Core.Storage;

namespace Passage.Cli;

/// <summary>
/// The services a command runs with: the core and its storage, Identity with roles, and logging to standard error at
/// warning level (EF Core never logs parameter values, so no personal data reaches the log).
/// </summary>
internal static class CliServices
{
    public const string ActorName = "cli";

    /// <summary>
    /// Builds the services and brings the schema up to date, as the web application does on start. Sealed fields use the
    /// key folder <paramref name="fieldKeys"/>, else the one the environment names, else the default.
    /// </summary>
    /// <param name="settings">The retention periods; kept for good when not given.</param>
    public static async Task<ServiceProvider> StartAsync(string connectionString, CancellationToken ct, string? fieldKeys = null, RetentionSettings? settings = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging
            .SetMinimumLevel(LogLevel.Warning)
            // Creating a PostgreSQL database that does not exist yet logs a connection failure first; real failures still throw.
            .AddFilter("Microsoft.EntityFrameworkCore.Database.Connection", LogLevel.Critical)
            .AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace));
        services.AddPassageCore(connectionString, fieldKeys
            ?? (Environment.GetEnvironmentVariable(Commands.FieldKeysOption.EnvironmentVariable) is { Length: > 0 } configured ? configured : null));
        if (settings is not null)
        {
            services.AddSingleton(settings);
        }

        services.AddIdentityCore<PassageUser>(AccountRules.Apply)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<PassageDbContext>();
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await using var scope = provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PassageDbContext>().Database.MigratePassageAsync(ct);
        ActAsCli(scope.ServiceProvider);
        await scope.ServiceProvider.GetRequiredService<RecomputeSearchKeys>().ExecuteAsync(ct);
        return provider;
    }

    /// <summary>Acts as the command line itself, with the given roles.</summary>
    public static void ActAsCli(IServiceProvider scope, params string[] roles) =>
        scope.GetRequiredService<Actor>().Set(ActorName, ActorName, ActorName, roles);

    /// <summary>
    /// Acts as the named user when <paramref name="userName"/> is given, else as the command line with <paramref name="role"/>;
    /// false, after a line on <paramref name="error"/>, when there is no such user.
    /// </summary>
    public static async Task<bool> ActAsAsync(IServiceProvider scope, string? userName, string role, TextWriter error)
    {
        if (userName is null)
        {
            ActAsCli(scope, role);
            return true;
        }

        if (await ActAsUserAsync(scope, userName))
        {
            return true;
        }

        await error.WriteLineAsync($"No user named {userName}.");
        return false;
    }

    /// <summary>Acts as the named user (user name or email) with their roles; false when there is no such user.</summary>
    public static async Task<bool> ActAsUserAsync(IServiceProvider scope, string name)
    {
        var users = scope.GetRequiredService<UserManager<PassageUser>>();
        var user = await users.FindByNameAsync(name) ?? await users.FindByEmailAsync(name);
        if (user is null)
        {
            return false;
        }

        var roles = await users.GetRolesAsync(user);
        scope.GetRequiredService<Actor>().Set(user.Id, user.UserName ?? user.Id, ActorName, roles, user.IsSupervisor, user.CountryCode);
        return true;
    }
}
