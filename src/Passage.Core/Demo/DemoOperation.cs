using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Cases;
using Passage.Core.Registry;
using Passage.Core.Storage;

namespace Passage.Core.Demo;

/// <summary>
/// Fills a database with a fictitious relocation operation: one demo account per role and a supervisor, and residents in
/// family cases at several stages of their life. The same seed always plans the same people.
/// </summary>
public static class DemoOperation
{
    public const int DefaultPersons = 3000;
    public const int DefaultSeed = 2013;
    public const string ActorName = "demo";

    private const int HouseholdsPerSave = 2000;

    /// <inheritdoc cref="SeedAsync(IServiceProvider, int, int, IProgress{int}?, CancellationToken)"/>
    public static Task<DemoResult> SeedAsync(IServiceProvider services, int persons, CancellationToken ct) =>
        SeedAsync(services, persons, DefaultSeed, null, ct);

    /// <summary>
    /// Creates or refreshes the demo accounts and adds <paramref name="persons"/> residents to the registry.
    /// The rows go in bulk, bypassing change tracking, so instead of one audit entry per row a single entry records the seeding and its counts.
    /// </summary>
    /// <param name="services">The application's services: storage, Identity with roles, the clock.</param>
    /// <param name="persons">How many residents to add; zero adds only the accounts.</param>
    /// <param name="seed">The seed the families are planned from.</param>
    /// <param name="progress">Told the number of residents written so far, after each batch.</param>
    /// <param name="ct">Cancels between batches; each batch of families is committed on its own, so a cancelled run keeps what it wrote.</param>
    public static async Task<DemoResult> SeedAsync(IServiceProvider services, int persons, int seed, IProgress<int>? progress, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(persons);
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        provider.GetRequiredService<Actor>().Set(ActorName, ActorName, null, []);
        var clock = provider.GetRequiredService<TimeProvider>();
        var db = provider.GetRequiredService<PassageDbContext>();

        var accounts = await new DemoAccounts(
            provider.GetRequiredService<UserManager<PassageUser>>(), provider.GetRequiredService<RoleManager<IdentityRole>>()).EnsureAsync();
        var actors = accounts.GroupBy(a => a.Account.Roles[0], StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g =>
            {
                var (account, userId) = g.First(a => !a.Account.IsSupervisor);
                var actor = new Actor();
                actor.Set(userId, account.UserName, null, account.Roles, countryCode: account.CountryCode);
                return actor;
            },
            StringComparer.Ordinal);

        var now = clock.GetUtcNow();
        var households = new DemoFamilyPlanner(new Random(seed), DateOnly.FromDateTime(now.UtcDateTime)).Plan(persons);
        if (households.Count > 0)
        {
            await WriteAsync(db, households, actors, now, seed, progress, ct);
            await DemoIncidents.RecordAsync(db, actors[Roles.Security], clock, new Random(seed + 5), ct);
            await DemoFamilyContact.SeedAsync(db, actors[Roles.Tracing], now, ct);
            await DemoReturns.SeedAsync(db, actors, clock, ct);
            new AuditLog(db, provider.GetRequiredService<Actor>(), clock).Record(
                AuditAction.Imported, nameof(Person), "demo", $"demo operation: {persons} persons in {households.Count} cases");
            await db.SaveChangesAsync(ct);
        }

        return new DemoResult(accounts.Select(a => a.Account).ToList(), persons, households.Count);
    }

    private static async Task WriteAsync(
        PassageDbContext db, List<DemoHousehold> households, Dictionary<string, Actor> actors, DateTimeOffset now, int seed,
        IProgress<int>? progress, CancellationToken ct)
    {
        var nextPerson = await NumberIssuer.ReserveAsync(db, NumberSequence.Persons, households.Sum(h => h.Members.Count), ct);
        var nextCase = await NumberIssuer.ReserveAsync(db, NumberSequence.Cases, households.Count, ct);

        var random = new Random(seed + 1);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var personIds = new List<Guid[]>(households.Count);
        var inserter = new BulkInserter(db);
        var resettlement = await DemoResettlement.StartAsync(db, inserter, new Random(seed + 2), actors, now, ct);
        var movements = new DemoMovements(new Random(seed + 3), actors, now);
        var protection = new DemoProtection(new Random(seed + 4), actors);
        var written = 0;
        foreach (var batch in households.Chunk(HouseholdsPerSave))
        {
            var cases = new List<Case>();
            var persons = new List<Person>();
            var links = new List<FamilyLink>();
            foreach (var household in batch)
            {
                var openedAt = now.AddDays(-random.Next(60, 900)).AddMinutes(-random.Next(0, 600));
                var @case = Case.Open(NumberIssuer.CaseNumber(nextCase++), actors[Roles.Registration], openedAt);
                var members = household.Members
                    .Select(d => Person.Register(NumberIssuer.RegistrationNumber(nextPerson++), Valid(d, today), @case.Id, openedAt))
                    .ToArray();
                foreach (var member in members)
                {
                    @case.RecordMembership(member.RegistrationNumber, joined: true, "Registered with the family.", actors[Roles.Registration], openedAt);
                }

                Advance(@case, household.Path, members.Length, actors, openedAt, now, random);
                protection.Plan(@case);
                if (resettlement.Plan(@case, members, household.Path) is { } country)
                {
                    movements.Plan(@case, members, country);
                }

                cases.Add(@case);
                persons.AddRange(members);
                links.AddRange(household.Links.Select(l => new FamilyLink(members[l.From].Id, members[l.To].Id, l.Relationship)));
                if (household.SiblingOfFirstMember is var (h, m))
                {
                    links.Add(new FamilyLink(members[0].Id, personIds[h][m], Relationship.Sibling));
                    links.Add(new FamilyLink(personIds[h][m], members[0].Id, Relationship.Sibling));
                }

                personIds.Add(members.Select(p => p.Id).ToArray());
            }

            await using (var transaction = await db.Database.BeginTransactionAsync(ct))
            {
                await inserter.InsertAsync(cases, ct);
                await inserter.InsertAsync(cases.SelectMany(c => c.Events), ct);
                await inserter.InsertAsync(persons, ct);
                await inserter.InsertAsync(persons.SelectMany(p => p.Aliases.Select(a => (a, p.Id))), nameof(PersonAlias.PersonId), ct);
                await inserter.InsertAsync(persons.SelectMany(p => p.Needs.Select(n => (n, p.Id))), nameof(PersonNeed.PersonId), ct);
                await inserter.InsertAsync(persons.SelectMany(p => p.SearchKeys.Select(k => (k, p.Id))), nameof(PersonSearchKey.PersonId), ct);
                await inserter.InsertAsync(links, ct);
                await resettlement.WriteBatchAsync(inserter, ct);
                await inserter.InsertAsync(protection.WalkOuts, ct);
                await transaction.CommitAsync(ct);
                protection.Clear();
            }

            written += persons.Count;
            progress?.Report(written);
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            await resettlement.FinishAsync(db, inserter, ct);
            await movements.FinishAsync(inserter, ct);
            await transaction.CommitAsync(ct);
        }
    }

    private static void Advance(
        Case @case, IReadOnlyList<CaseStatus> path, int members, Dictionary<string, Actor> actors, DateTimeOffset openedAt, DateTimeOffset now,
        Random random)
    {
        var at = openedAt;
        var facts = new CaseFacts(members, []);
        foreach (var to in path)
        {
            at = at.AddDays(random.Next(3, 40));
            if (at > now)
            {
                at = now;
            }

            var (transition, refusal) = CaseLifecycle.Find(@case.Status, to, @case.HeldFrom);
            var actor = actors[transition?.Roles[0] ?? throw new InvalidOperationException($"Demo path not in the lifecycle: {refusal}")];
            var moved = @case.TryMoveThrough(transition.Flow, to, DemoStages.Reason(to), facts, actor, at);
            if (!moved.Succeeded)
            {
                throw new InvalidOperationException($"Demo case could not move to {to}: {moved.Problem!.Detail ?? moved.Problem.Title}");
            }
        }
    }

    private static ValidPersonDetails Valid(PersonDetails details, DateOnly today)
    {
        var result = details.Validate(today);
        return result.Succeeded
            ? result.Value
            : throw new InvalidOperationException($"Demo person is not valid: {string.Join("; ", result.Problem!.Errors!.Keys)}");
    }
}
