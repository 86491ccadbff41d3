using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Cases;
using Passage.Core.Registry;
using Passage.Core.Registry.Matching;
using Passage.Core.Reporting;
using Passage.Core.Tests.Registry;
using Passage.Core.Tests.Registry.Matching;
using Passage.Testing;

namespace Passage.Core.Tests.Cases;

/// <summary>
/// Each case keeps how many persons are in it, so the dashboard counts persons without reading them: the count follows
/// registration into a case, a move between cases and the merge of a duplicate, and the migration counts existing cases.
/// </summary>
public class CaseMembersTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Members_AfterJoiningMovingAndMergingADuplicate_EqualThePersonsInEachCase(DatabaseProvider provider)
    {
        var (database, original, duplicate, zahra) = await ChangedMembershipAsync(provider);
        using var _ = database;

        var members = await MembersAsync(database);

        members[original.CaseId].ShouldBe(1);
        members[duplicate.CaseId].ShouldBe(0);
        members[zahra.CaseId].ShouldBe(2);
        members.ShouldBe(await PersonsPerCaseAsync(database), ignoreOrder: true);
        (await RegisteredPersonsOnTheDashboardAsync(database)).ShouldBe(3);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Members_OfACaseWhoseMembersDied_StayCountedInTheCaseAndLeaveTheCamp(DatabaseProvider provider)
    {
        var (database, original, _, zahra) = await ChangedMembershipAsync(provider);
        using var _ = database;
        await using (var db = database.CreateContext())
        {
            var security = new Actor();
            security.Set("s1", "security@test", null, [Roles.Security]);
            var family = await db.Cases.SingleAsync(c => c.Id == zahra.CaseId);
            family.TryMoveThrough(CaseFlow.Incident, CaseStatus.Deceased, "Every member of the case has died", new CaseFacts(2, []), security, DuplicateReviewTests.Clock.GetUtcNow())
                .Succeeded.ShouldBeTrue();
            await db.SaveChangesAsync();
        }

        (await MembersAsync(database))[zahra.CaseId].ShouldBe(2);
        (await MembersAsync(database))[original.CaseId].ShouldBe(1);
        var dashboard = await DashboardAsync(database);
        dashboard.Pipeline.Single(s => s.Stage == CaseStatus.Registered).Persons.ShouldBe(1);
        dashboard.Remaining![^1].Residents.ShouldBe(1);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Migration_CasesMadeBeforeTheCount_CountsThePersonsInEachCase(DatabaseProvider provider)
    {
        var (database, original, duplicate, zahra) = await ChangedMembershipAsync(provider);
        using var _ = database;
        await using (var db = database.CreateContext())
        {
            var all = db.Database.GetMigrations().ToList();
            await db.Database.MigrateAsync(all[all.FindIndex(m => m.EndsWith("_CaseMembers", StringComparison.Ordinal)) - 1]);
            await db.Database.MigrateAsync();
        }

        var members = await MembersAsync(database);

        members[original.CaseId].ShouldBe(1);
        members[duplicate.CaseId].ShouldBe(0);
        members[zahra.CaseId].ShouldBe(2);
        (await RegisteredPersonsOnTheDashboardAsync(database)).ShouldBe(3);
    }

    /// <summary>
    /// Three persons in three cases, one a duplicate of another; a son registered into the first case moves to the third,
    /// and the duplicate is merged into the original, leaving its case empty.
    /// </summary>
    private static async Task<(TestDatabase Database, Person Original, Person Duplicate, Person Zahra)> ChangedMembershipAsync(DatabaseProvider provider)
    {
        var (database, index, original, duplicate) = await DuplicateReviewTests.RegistryWithADuplicateAsync(provider);
        var clock = DuplicateReviewTests.Clock;
        await using var db = database.CreateContext();
        var zahra = await db.Persons.AsNoTracking().SingleAsync(p => p.GivenName == "Zahra");
        var son = (await new RegisterPerson(db, database.Actor, clock).ExecuteAsync(RegistryUseCaseTests.Details("Ali", "Hosseini", "2010"), original.CaseId)).Value;
        (await MembersAsync(database))[original.CaseId].ShouldBe(2);

        database.Actor.Set("u1", "registration@test", null, [Roles.Registration]);
        (await new MovePersonToCase(db, database.Actor, clock).ExecuteAsync(son.Id, zahra.CaseId, "Lives with his aunt")).Succeeded.ShouldBeTrue();
        await DuplicateReviewTests.ScanAsync(database, index);
        var review = await db.DuplicateReviews.SingleAsync();
        (await new DecideDuplicate(db, database.Actor, index, clock).ExecuteAsync(review.Id, merge: true, original.Id, "Registered twice")).Succeeded.ShouldBeTrue();
        return (database, original, duplicate, zahra);
    }

    private static async Task<Dictionary<Guid, int>> MembersAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        return await db.Cases.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Members);
    }

    private static async Task<Dictionary<Guid, int>> PersonsPerCaseAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var counted = await db.Persons.GroupBy(p => p.CaseId).Select(g => new { Case = g.Key, Persons = g.Count() }).ToDictionaryAsync(g => g.Case, g => g.Persons);
        return await db.Cases.AsNoTracking().Select(c => c.Id).ToDictionaryAsync(id => id, id => counted.GetValueOrDefault(id));
    }

    private static async Task<int> RegisteredPersonsOnTheDashboardAsync(TestDatabase database) =>
        (await DashboardAsync(database)).Pipeline.Single(s => s.Stage == CaseStatus.Registered).Persons;

    private static async Task<Dashboard> DashboardAsync(TestDatabase database)
    {
        var reader = new Actor();
        reader.Set("reader", "reader@test", null, [Roles.Viewer]);
        await using var db = database.CreateContext();
        var clock = DuplicateReviewTests.Clock;
        return (await new ViewDashboard(db, reader, new AuditLog(db, reader, clock), clock).ExecuteAsync())!;
    }
}
