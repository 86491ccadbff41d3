using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Audit.BreakGlass;
using Passage.Core.Cases;
using Passage.Core.Interviews;
using Passage.Core.Movements;
using Passage.Core.Pledges;
using Passage.Core.Priorities;
using Passage.Core.Registry;
using Passage.Core.Registry.Export;
using Passage.Core.Registry.Import;
using Passage.Core.Registry.Matching;
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
        services.AddScoped<ListCases>();
        services.AddScoped<ViewPerson>();
        services.AddScoped<FindByNumber>();
        services.AddScoped<RecomputeSearchKeys>();
        services.AddSingleton<RegistryIndex>();
        services.AddScoped<FindDuplicates>();
        services.AddSingleton<DuplicateScanQueue>();
        services.AddScoped<StartDuplicateScan>();
        services.AddScoped<ScanForDuplicates>();
        services.AddScoped<ViewDuplicateScan>();
        services.AddScoped<InterruptUnfinishedScans>();
        services.AddScoped<DecideDuplicate>();
        services.AddScoped<OpenDuplicateReviews>();
        services.AddScoped<CaseFactsQuery>();
        services.AddScoped<ViewCase>();
        services.AddScoped<MoveCase>();
        services.AddScoped<MovePersonToCase>();
        services.AddScoped<SearchAudit>();
        services.TryAddSingleton(BreakGlassSettings.Default);
        services.AddScoped<RequestBreakGlass>();
        services.AddScoped<ListBreakGlassGrants>();
        services.AddScoped<ReviewBreakGlass>();
        services.AddScoped<AddUser>();
        services.AddScoped<ListUsers>();
        services.AddScoped<EditUser>();
        services.AddScoped<RoleRequests>();
        services.AddScoped<ReviewRoleChanges>();
        services.AddScoped<ChangePassword>();
        services.AddScoped<EndSessions>();
        services.AddScoped<ApiTokens>();
        services.AddScoped<ImportPersons>();
        services.AddScoped<ExportPersons>();
        services.AddScoped<RecordInterview>();
        services.AddScoped<ViewInterviews>();
        services.AddScoped<ViewCaseInterviews>();
        services.AddScoped<RecordThirdPartyList>();
        services.AddScoped<ProtectionFlags>();
        services.AddScoped<CreatePledge>();
        services.AddScoped<RaisePledge>();
        services.AddScoped<ListPledges>();
        services.AddScoped<ReferCase>();
        services.AddScoped<ReferralCaseMove>();
        services.AddScoped<SubmitReferral>();
        services.AddScoped<WithdrawReferral>();
        services.AddScoped<DecideReferral>();
        services.AddScoped<RecordExitClearance>();
        services.AddScoped<ListReferrals>();
        services.AddScoped<ViewCaseReferrals>();
        services.AddScoped<BuildDossier>();
        services.AddScoped<ReferralQueue>();
        services.AddScoped<SetPriorityWeights>();
        services.AddScoped<MovementChanges>();
        services.AddScoped<PlanMovement>();
        services.AddScoped<EditMovement>();
        services.AddScoped<ConfirmMovement>();
        services.AddScoped<CancelMovement>();
        services.AddScoped<ListMovements>();
        services.AddScoped<ViewMovement>();
        services.AddScoped<ViewCaseMovements>();
        services.AddScoped<BookCase>();
        services.AddScoped<CheckInPassenger>();
        services.AddScoped<RecordNoShow>();
        services.AddScoped<ConfirmDeparture>();
        services.AddScoped<ConfirmArrival>();
        services.AddScoped<RecordTravelDocument>();
        services.AddScoped<IssueManifest>();
        services.AddScoped<DownloadManifest>();
        return services;
    }
}
