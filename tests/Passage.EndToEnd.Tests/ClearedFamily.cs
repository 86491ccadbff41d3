using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Interviews;
using Passage.Core.Pledges;
using Passage.Core.Storage;

namespace Passage.EndToEnd.Tests;

/// <summary>Seeds a site through the use cases, as the roles that do each step: a family taken to Cleared for Germany.</summary>
internal static class ClearedFamily
{
    /// <summary>The seeded family of two adults (Mohammad and Maryam Hosseini), each choosing resettlement, referred, accepted by DE and cleared.</summary>
    public static async Task<(Guid CaseId, string CaseNumber, IReadOnlyList<Core.Registry.Person> Members, Guid ReferralId)> ClearedFamilyAsync(PassageSite site)
    {
        List<Core.Registry.Person> members;
        string caseNumber;
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PassageDbContext>();
            var family = await db.Persons.GroupBy(p => p.CaseId).Where(g => g.Count() == 2).Select(g => g.Key).FirstAsync();
            members = await db.Persons.AsNoTracking().Where(p => p.CaseId == family).OrderBy(p => p.RegistrationNumber).ToListAsync();
            caseNumber = await db.Cases.Where(c => c.Id == family).Select(c => c.CaseNumber).SingleAsync();
        }

        var caseId = members[0].CaseId;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        foreach (var adult in members)
        {
            await StepValueAsync(site, Roles.Protection, sp => sp.GetRequiredService<RecordInterview>().ExecuteAsync(adult.Id, new InterviewDetails(
                today.AddDays(-1), "Leila Karimi", null, "Persian", true, null, ResettlementChoice.Resettle, [], [], null, false)));
        }

        var pledge = await StepAsync(site, Roles.Resettlement, sp => sp.GetRequiredService<CreatePledge>()
            .ExecuteAsync(new PledgeDetails("DE", 20, today.AddDays(-30), PledgeCategories.Any)));
        long version;
        await using (var scope = site.Services.CreateAsyncScope())
        {
            version = await scope.ServiceProvider.GetRequiredService<PassageDbContext>().Cases.Where(c => c.Id == caseId).Select(c => c.Version).SingleAsync();
        }

        var referral = (await StepValueAsync(site, Roles.Resettlement, sp => sp.GetRequiredService<ReferCase>().ExecuteAsync(caseId, pledge, version, "Chose resettlement"))).ReferralId;
        await StepValueAsync(site, Roles.Resettlement, sp => sp.GetRequiredService<SubmitReferral>().ExecuteAsync(referral, "Dossier sent"));
        await StepValueAsync(site, Roles.Resettlement, sp => sp.GetRequiredService<DecideReferral>().ExecuteAsync(referral, DecisionOutcome.Accepted, today, "Meets the criteria"));
        await StepValueAsync(site, Roles.Resettlement, sp => sp.GetRequiredService<RecordExitClearance>().ExecuteAsync(referral, true, true, today, "Laissez-passer issued"));
        return (caseId, caseNumber, members, referral);
    }

    /// <summary>Runs a use case as a user of <paramref name="role"/>; returns the id of what it made.</summary>
    public static async Task<Guid> StepAsync<T>(PassageSite site, string role, Func<IServiceProvider, Task<Result<T>>> step)
    {
        var value = await StepValueAsync(site, role, step);
        return (Guid)value!.GetType().GetProperty("Id")!.GetValue(value)!;
    }

    public static async Task<T> StepValueAsync<T>(PassageSite site, string role, Func<IServiceProvider, Task<Result<T>>> step)
    {
        await using var scope = site.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Actor>().Set($"seed-{role}", $"seed-{role}", "127.0.0.1", [role]);
        var result = await step(scope.ServiceProvider);
        result.Succeeded.ShouldBeTrue($"{role}: {result.Problem?.Title} {result.Problem?.Detail}");
        return result.Value;
    }
}
