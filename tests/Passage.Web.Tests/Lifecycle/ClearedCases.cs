using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Interviews;
using Passage.Core.Pledges;
using Passage.Core.Registry;
using Passage.Web.Tests.Api;

namespace Passage.Web.Tests.Lifecycle;

/// <summary>Brings one-person cases through interview, referral, the country's acceptance and exit clearance, by the use cases as their roles.</summary>
internal static class ClearedCases
{
    public static async Task<Guid> PledgeAsync(PassageWebFactory factory, string country) =>
        await StepAsync(factory, Roles.Resettlement, sp => sp.GetRequiredService<CreatePledge>()
            .ExecuteAsync(new PledgeDetails(country, 50, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-30), PledgeCategories.Any)), p => p.Id);

    /// <summary>
    /// A resident (with a serious medical condition: a medical escort travels with him), and the adults of <paramref name="others"/>
    /// with him, in a case cleared for the pledge's country; returns the first.
    /// </summary>
    public static async Task<Person> ClearedAsync(PassageWebFactory factory, Guid pledgeId, params PersonDetails[] others)
    {
        var person = await factory.RegisterPersonAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        foreach (var member in others.Select(o => factory.RegisterPersonAsync(o, person.CaseId)).Prepend(Task.FromResult(person)))
        {
            var adult = await member;
            await StepAsync(factory, Roles.Protection, sp => sp.GetRequiredService<RecordInterview>().ExecuteAsync(adult.Id, new InterviewDetails(
                today.AddDays(-1), "Leila Karimi", null, "Persian", true, null, ResettlementChoice.Resettle, [], [], null, false)), i => i.Id);
        }

        var version = await factory.WithDbAsync(db => db.Cases.Where(c => c.Id == person.CaseId).Select(c => c.Version).SingleAsync());
        var referral = await StepAsync(factory, Roles.Resettlement,
            sp => sp.GetRequiredService<ReferCase>().ExecuteAsync(person.CaseId, pledgeId, version, "Chose resettlement"), r => r.ReferralId);
        await StepAsync(factory, Roles.Resettlement, sp => sp.GetRequiredService<SubmitReferral>().ExecuteAsync(referral, "Dossier sent"), r => r.Id);
        await StepAsync(factory, Roles.Resettlement,
            sp => sp.GetRequiredService<DecideReferral>().ExecuteAsync(referral, DecisionOutcome.Accepted, today, "Meets the criteria"), d => d.Id);
        await StepAsync(factory, Roles.Resettlement,
            sp => sp.GetRequiredService<RecordExitClearance>().ExecuteAsync(referral, true, true, today, "Laissez-passer issued"), c => c.Id);
        return person;
    }

    /// <summary>A flight to DE in five days, planned through the API, with 10 seats and 3 medical-escort places.</summary>
    public static async Task<Guid> PlanAsync(HttpClient officer)
    {
        using var planned = await officer.PostJsonAsync("/api/v1/movements", new
        {
            kind = "Flight",
            departsAt = DateTimeOffset.UtcNow.AddDays(5),
            origin = "Baghdad International (BGW)",
            countryCode = "DE",
            destination = "Frankfurt (FRA)",
            carrier = "Iraqi Airways",
            number = "IA 231",
            seats = 10,
            escortPlaces = 3,
            wheelchairPlaces = 0,
        });
        planned.StatusCode.ShouldBe(HttpStatusCode.OK, await planned.Content.ReadAsStringAsync());
        return (await planned.JsonAsync()).GetProperty("id").GetGuid();
    }

    private static async Task<TOut> StepAsync<T, TOut>(PassageWebFactory factory, string role, Func<IServiceProvider, Task<Result<T>>> step, Func<T, TOut> map)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Actor>().Set($"seed-{role}", $"seed-{role}", "127.0.0.1", [role]);
        var result = await step(scope.ServiceProvider);
        result.Succeeded.ShouldBeTrue($"{role}: {result.Problem?.Title} {result.Problem?.Detail}");
        return map(result.Value);
    }
}
