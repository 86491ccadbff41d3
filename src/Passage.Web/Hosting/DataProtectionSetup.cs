using Microsoft.AspNetCore.DataProtection;
using Passage.Core.Storage;

namespace Passage.Web.Hosting;

/// <summary>
/// Data-protection keys (which protect the sign-in cookie and antiforgery tokens) kept in the database, so that several
/// web processes on one database accept each other's cookies and forms, and a restart signs nobody out.
/// </summary>
public static class DataProtectionSetup
{
    public static IServiceCollection AddPassageDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("Passage").PersistKeysToDbContext<PassageDbContext>();
        return services;
    }
}
