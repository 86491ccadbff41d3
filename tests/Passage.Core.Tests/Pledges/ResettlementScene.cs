using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.Interviews;
using Passage.Core.Pledges;
using Passage.Core.Registry;
using Passage.Core.Storage;
using Passage.Testing;

namespace Passage.Core.Tests.Pledges;

/// <summary>
/// Builds the situations the resettlement tests start from, through the use cases themselves, each step in a fresh context
/// acting as the role that takes it (as one request would).
/// </summary>
internal sealed class ResettlementScene(TestDatabase database, FakeTimeProvider clock) : IDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    public static DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    public TestDatabase Database => database;

    /// <summary>A fresh database of the given kind, with a fake clock at <see cref="Now"/>.</summary>
    public static ResettlementScene Create(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider(Now);
        return new ResettlementScene(TestDatabase.Create(provider, clock), clock);
    }

    public void Dispose() => database.Dispose();

    public FakeTimeProvider Clock => clock;

    /// <summary>Sets the database's acting user to one of a role and returns it; a minute passes between steps.</summary>
    public Actor As(string role, string? country = null, bool supervisor = false)
    {
        clock.Advance(TimeSpan.FromMinutes(1));
        database.Actor.Set($"{role}-{country}", $"{role.ToLowerInvariant()}{country?.ToLowerInvariant()}@test", "127.0.0.1", [role], supervisor, country);
        return database.Actor;
    }

    public PassageDbContext Context() => database.CreateContext();

    /// <summary>A family case: Hossein (1968) and Zahra (1972) Rezaei, their adult son Ali (2000) and daughter Narges (2012).</summary>
    public async Task<Family> FamilyAsync(string familyName = "Rezaei", string familyNameArabic = "رضایی")
    {
        var father = await RegisterAsync(Details("Hossein", familyName, "1968-04", "حسین", familyNameArabic, "Male"), null);
        var mother = await RegisterAsync(Details("Zahra", familyName, "1972-09-03", "زهرا", familyNameArabic, "Female"), father.CaseId);
        var son = await RegisterAsync(Details("Ali", familyName, "2000", "علی", familyNameArabic, "Male"), father.CaseId);
        var daughter = await RegisterAsync(Details("Narges", familyName, "2012-01-15", "نرگس", familyNameArabic, "Female"), father.CaseId);
        await using var db = Context();
        db.FamilyLinks.Add(new FamilyLink(father.Id, mother.Id, Relationship.Spouse));
        db.FamilyLinks.Add(new FamilyLink(father.Id, son.Id, Relationship.Child));
        db.FamilyLinks.Add(new FamilyLink(daughter.Id, father.Id, Relationship.Parent));
        await db.SaveChangesAsync();
        return new Family(father.CaseId, father, mother, son, daughter);
    }

    /// <summary>A family case in which every adult chose resettlement: it is Interviewed and may be referred.</summary>
    public async Task<Family> ReadyFamilyAsync(string familyName = "Rezaei", string familyNameArabic = "رضایی")
    {
        var family = await FamilyAsync(familyName, familyNameArabic);
        await EveryAdultChoosesResettlementAsync(family);
        return family;
    }

    public async Task<Person> RegisterAsync(PersonDetails details, Guid? caseId)
    {
        As(Roles.Registration);
        await using var db = Context();
        return (await new RegisterPerson(db, database.Actor, clock).ExecuteAsync(details, caseId)).Value;
    }

    public static PersonDetails Details(string given, string family, string birth, string givenAr, string familyAr, string sex, params string[] needs) =>
        new(given, family, "Mohammad", givenAr, familyAr, "محمد", sex, birth, "B", "7", null, needs);

    /// <param name="informed">Whether a resident choosing return confirmed it informed; left out, it is not stated at all.</param>
    public static InterviewDetails Interview(
        ResettlementChoice choice, string? concerns = null, bool confidential = false, bool alone = true, IReadOnlyList<PreferenceDetails>? preferences = null,
        bool? informed = null) =>
        new(Today.AddDays(-1), "Leila Karimi", "Reza Ahmadi", "Persian", alone, alone ? null : "Camp leadership representative", choice,
            preferences ?? [new PreferenceDetails("DE", PreferenceReason.FamilyThere, "Brother in Cologne")], [], concerns, confidential,
            InformedOfReturn: informed);

    public async Task<Result<Interview>> InterviewAsync(Guid personId, InterviewDetails details)
    {
        var actor = As(Roles.Protection);
        await using var db = Context();
        return await new RecordInterview(db, actor, new CaseFactsQuery(db, clock), clock).ExecuteAsync(personId, details);
    }

    /// <summary>Every adult of the family chooses resettlement, which moves the case to Interviewed.</summary>
    public async Task EveryAdultChoosesResettlementAsync(Family family)
    {
        foreach (var adult in family.Adults)
        {
            (await InterviewAsync(adult.Id, Interview(ResettlementChoice.Resettle))).Succeeded.ShouldBeTrue();
        }
    }

    public async Task<Pledge> PledgeAsync(string country, int places, PledgeCategories categories = PledgeCategories.Any)
    {
        var actor = As(Roles.Resettlement);
        await using var db = Context();
        return (await new CreatePledge(db, actor, clock).ExecuteAsync(new PledgeDetails(country, places, Today.AddMonths(-2), categories))).Value;
    }

    public async Task<long> CaseVersionAsync(Guid caseId)
    {
        await using var db = Context();
        return (await db.Cases.AsNoTracking().SingleAsync(c => c.Id == caseId)).Version;
    }

    public async Task<Result<ReferralMade>> ReferAsync(Guid caseId, Guid pledgeId)
    {
        var version = await CaseVersionAsync(caseId);
        var actor = As(Roles.Resettlement);
        await using var db = Context();
        return await new ReferCase(db, actor, new CaseFactsQuery(db, clock), clock).ExecuteAsync(caseId, pledgeId, version, "Every adult chose resettlement; family ties in the country");
    }

    public async Task<Result<Referral>> SubmitAsync(Guid referralId)
    {
        var actor = As(Roles.Resettlement);
        await using var db = Context();
        return await new SubmitReferral(Move(db, actor), clock).ExecuteAsync(referralId, "Dossier sent");
    }

    /// <summary>Refers and submits the case, returning the referral's id.</summary>
    public async Task<Guid> ReferAndSubmitAsync(Guid caseId, Guid pledgeId)
    {
        var referral = (await ReferAsync(caseId, pledgeId)).Value.ReferralId;
        (await SubmitAsync(referral)).Succeeded.ShouldBeTrue();
        return referral;
    }

    public static async Task<Result<ReferralDecision>> DecideAsync(PassageDbContext db, Actor actor, FakeTimeProvider clock, Guid referralId, DecisionOutcome outcome, string reason = "Meets the pledge's criteria") =>
        await new DecideReferral(db, actor, Move(db, actor, clock), new AuditLog(db, actor, clock), clock).ExecuteAsync(referralId, outcome, Today, reason);

    public async Task<Result<ReferralDecision>> DecideAsync(Guid referralId, DecisionOutcome outcome, string country)
    {
        var actor = As(Roles.CountryDelegate, country);
        await using var db = Context();
        return await DecideAsync(db, actor, clock, referralId, outcome);
    }

    public async Task<Result<ExitClearance>> ClearAsync(Guid referralId, bool documents, bool permission)
    {
        var actor = As(Roles.Resettlement);
        await using var db = Context();
        return await new RecordExitClearance(actor, Move(db, actor), clock).ExecuteAsync(referralId, documents, permission, Today, "Laissez-passer issued");
    }

    public async Task<CaseStatus> CaseStatusAsync(Guid caseId)
    {
        await using var db = Context();
        return (await db.Cases.AsNoTracking().SingleAsync(c => c.Id == caseId)).Status;
    }

    public ReferralCaseMove Move(PassageDbContext db, Actor actor) => Move(db, actor, clock);

    private static ReferralCaseMove Move(PassageDbContext db, Actor actor, FakeTimeProvider clock) => new(db, actor, new CaseFactsQuery(db, clock), clock);
}

internal sealed record Family(Guid CaseId, Person Father, Person Mother, Person Son, Person Daughter)
{
    public IReadOnlyList<Person> Adults => [Father, Mother, Son];
}
