using Microsoft.Extensions.DependencyInjection;
using Passage.Core.Storage.Encryption;

namespace Passage.Core.Protection;

/// <summary>Registers the use cases of walk-outs, voluntary return and family contact.</summary>
public static class ProtectionSetup
{
    public static IServiceCollection AddPassageProtection(this IServiceCollection services)
    {
        services.AddScoped<RecordWalkOut>();
        services.AddScoped<ListWalkOuts>();
        services.AddScoped<ViewWalkOut>();
        services.AddScoped<RequestRepatriation>();
        services.AddScoped<RecordRepatriationProgress>();
        services.AddScoped<ConfirmRepatriationDeparture>();
        services.AddScoped<ListRepatriations>();
        services.AddScoped<ListReturnDepartures>();
        services.AddScoped<RotateFieldKeys>();
        return services;
    }
}
