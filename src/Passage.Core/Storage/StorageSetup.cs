using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Operations;
using Passage.Core.Registry;
using Passage.Core.Storage.Encryption;

namespace Passage.Core.Storage;

/// <summary>Chooses the database from one connection setting: PostgreSQL when it names a host, else an SQLite file.</summary>
public static class StorageSetup
{
    public const string DefaultSqlite = "Data Source=passage.db";

    public static bool IsPostgres(string connectionString) =>
        connectionString.Contains("Host=", StringComparison.OrdinalIgnoreCase)
        || connectionString.StartsWith("postgres", StringComparison.OrdinalIgnoreCase);

    /// <summary>Configures <paramref name="options"/> for the provider the connection string names, with its migrations assembly.</summary>
    public static DbContextOptionsBuilder UsePassageDatabase(this DbContextOptionsBuilder options, string connectionString)
    {
        if (IsPostgres(connectionString))
        {
            options.UseNpgsql(connectionString, o => o.MigrationsAssembly("Passage.Migrations.Postgres"))
                .AddInterceptors(DatabaseTimeInterceptor.Postgres);
        }
        else
        {
            options.UseSqlite(connectionString, o => o.MigrationsAssembly("Passage.Migrations.Sqlite"))
                .AddInterceptors(DatabaseTimeInterceptor.Sqlite);
        }

        options.ReplaceService<IModelCacheKeyFactory, FieldEncryptionModelCacheKeyFactory>();

        // Counting "at most N" matches takes N rows in no particular order, on purpose.
        options.ConfigureWarnings(w => w.Ignore(CoreEventId.RowLimitingOperationWithoutOrderByWarning));

        return options;
    }

    /// <inheritdoc cref="UsePassageDatabase(DbContextOptionsBuilder, string)"/>
    public static DbContextOptionsBuilder<TContext> UsePassageDatabase<TContext>(this DbContextOptionsBuilder<TContext> options, string connectionString)
        where TContext : DbContext
    {
        ((DbContextOptionsBuilder)options).UsePassageDatabase(connectionString);
        return options;
    }

    /// <summary>
    /// Registers the context, the audit interceptor, the acting user and the clock; sealed columns are sealed with the key
    /// ring in <paramref name="fieldKeysFolder"/> (<see cref="FieldCipher.DefaultFolder"/> when null).
    /// </summary>
    public static IServiceCollection AddPassageStorage(this IServiceCollection services, string connectionString, string? fieldKeysFolder = null)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(FieldCipher.ForFolder(fieldKeysFolder ?? FieldCipher.DefaultFolder));
        services.AddScoped<Actor>();
        services.AddScoped<AuditInterceptor>();
        services.AddScoped<AuditLog>();
        services.AddSingleton<RegistryTotals>();
        services.AddSingleton<RegistryPageStarts>();
        services.AddScoped<RegistryChangeInterceptor>();
        services.AddDbContext<PassageDbContext>((sp, options) =>
            options.UsePassageDatabase(connectionString)
                .UseFieldEncryption(sp.GetRequiredService<FieldCipher>())
                .AddInterceptors(sp.GetRequiredService<AuditInterceptor>(), sp.GetRequiredService<RegistryChangeInterceptor>()));
        return services;
    }
}
