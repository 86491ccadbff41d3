using Microsoft.Extensions.DependencyInjection;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Cases;
using Passage.Core.Registry;
using Passage.Core.Registry.Export;
using Passage.Core.Registry.Import;
using Passage.Core.Storage;

namespace Passage.Core;

/// <summary>Registers storage and every use case of the core, for the web application and the command line alike.</summary>
public static class CoreSetup
{
    public static IServiceCollection AddPassageCore(this IServiceCollection services, string connectionString)
    {
        services.AddPassageStorage(connectionString);
        services.AddScoped<RegisterPerson>();
        services.AddScoped<UpdatePerson>();
        services.AddScoped<ListPersons>();
        services.AddScoped<ViewPerson>();
        services.AddScoped<CaseFactsQuery>();
        services.AddScoped<ViewCase>();
        services.AddScoped<MoveCase>();
        services.AddScoped<MovePersonToCase>();
        services.AddScoped<SearchAudit>();
        services.AddScoped<AddUser>();
        services.AddScoped<ApiTokens>();
        services.AddScoped<ImportPersons>();
        services.AddScoped<ExportPersons>();
        return services;
    }
}
