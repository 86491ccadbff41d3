using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
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
        services.AddDataProtection().SetApplicationName("Passage");
        services.AddOptions<KeyManagementOptions>()
            .Configure<IServiceScopeFactory>((options, scopes) => options.XmlRepository = new DatabaseXmlRepository(scopes));
        return services;
    }

    private sealed class DatabaseXmlRepository(IServiceScopeFactory scopes) : IXmlRepository
    {
        public IReadOnlyCollection<XElement> GetAllElements()
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<PassageDbContext>();
            return db.DataProtectionKeys.AsNoTracking().OrderBy(k => k.Id).Select(k => k.Xml).ToList().Select(XElement.Parse).ToList();
        }

        public void StoreElement(XElement element, string friendlyName)
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<PassageDbContext>();
            db.DataProtectionKeys.Add(new DataProtectionKey(friendlyName, element.ToString(SaveOptions.DisableFormatting)));
            db.SaveChanges();
        }
    }
}
