using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Passage.Core.FamilyContact;

/// <summary>Registers the use cases of family contact requests and their default limits.</summary>
public static class FamilyContactSetup
{
    public static IServiceCollection AddPassageFamilyContact(this IServiceCollection services)
    {
        services.TryAddSingleton(FamilyContactLimits.Default);
        services.AddScoped<ReceiveFamilyRequest>();
        services.AddScoped<ListFamilyRequests>();
        services.AddScoped<ViewFamilyRequest>();
        services.AddScoped<FindFamilyCandidates>();
        services.AddScoped<ConfirmFamilyCandidate>();
        services.AddScoped<RecordFamilyConsent>();
        services.AddScoped<WithdrawFamilyConsent>();
        services.AddScoped<RecordFamilyContact>();
        services.AddScoped<AnswerFamilyRequester>();
        services.AddScoped<ListFamilyRequestFlags>();
        return services;
    }
}
