using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Passage.Core.Accounts;
using Passage.Core.Demo;
using Passage.Core.Registry;
using Passage.Core.Storage;
using Passage.Testing;

namespace Passage.Core.Tests.Registry;

/// <summary>
/// A page deep in the registry list starts from a kept registration number instead of skipping every person before it, and
/// shows exactly the persons that skipping would: on every page, with filters, after a change in this process at once and
/// after one by another process within <see cref="RegistryTotals.Lifetime"/>.
/// </summary>
public class RegistryPageStartsTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task DeepPages_ShowTheSamePersonsAsSkipping_BeforeAndAfterChanges(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 8, 0, 0, TimeSpan.Zero));
        await using var services = Services(database, clock);
        await DemoOperation.SeedAsync(services, 2_600, CancellationToken.None);
        var women = new PersonFilter(Sex: Sex.Female);
        int[] pages = [1, 20, 21, 22, 33, 40, 52];

        foreach (var filter in new[] { new PersonFilter(), women })
        {
            foreach (var page in pages)
            {
                (await PageAsync(services, filter, page)).ShouldBe(await SkippedAsync(database, filter, page), $"page {page} of {filter}");
            }
        }

        // A woman early in the list is recorded as a man through this process: the women's pages after her move up at once.
        var early = await EarlyWomanAsync(database);
        await using (var scope = As(services))
        {
            var details = new PersonDetails(early.GivenName, early.FamilyName, early.FatherName, early.GivenNameArabic, early.FamilyNameArabic,
                early.FatherNameArabic, "Male", early.BirthDate.ToString(), early.CampBlock, early.CampUnit, []);
            (await scope.ServiceProvider.GetRequiredService<UpdatePerson>().ExecuteAsync(early.Id, early.Version, details)).Succeeded.ShouldBeTrue();
        }

        (await PageAsync(services, women, 22)).ShouldBe(await SkippedAsync(database, women, 22), "after a change in this process");

        // Another process does the same: this process's kept starts do not know until they lapse.
        var another = await EarlyWomanAsync(database);
        await using (var other = database.CreateContext())
        {
            await other.Persons.Where(p => p.Id == another.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Sex, Sex.Male));
        }

        clock.Advance(RegistryTotals.Lifetime);
        (await PageAsync(services, women, 22)).ShouldBe(await SkippedAsync(database, women, 22), "after another process's change, once kept starts lapse");
    }

    [Fact]
    public async Task Starts_AreReadOnce_ForRequestsArrivingTogether_AndOnlyForDeepPagesInNumberOrder()
    {
        var starts = new RegistryPageStarts(new RegistryTotals(TimeProvider.System), TimeProvider.System);
        var reads = 0;
        var release = new TaskCompletionSource();
        async IAsyncEnumerable<string> Read([EnumeratorCancellation] CancellationToken ct)
        {
            Interlocked.Increment(ref reads);
            await release.Task;
            foreach (var n in Enumerable.Range(1, 5_000))
            {
                yield return $"PSG-{n:000000}";
            }
        }

        (await starts.FindAsync(new PersonFilter(), 950, Read, CancellationToken.None)).ShouldBeNull("a page near the start skips as before");
        (await starts.FindAsync(new PersonFilter(Sort: "name"), 2_000, Read, CancellationToken.None)).ShouldBeNull("another order skips as before");
        (await starts.FindAsync(new PersonFilter(Query: "Karimi"), 2_000, Read, CancellationToken.None)).ShouldBeNull("a typed name is not kept");

        var office = Enumerable.Range(0, 10).Select(i => starts.FindAsync(new PersonFilter(), 1_000 + (i * 350), Read, CancellationToken.None)).ToList();
        release.SetResult();
        var found = await Task.WhenAll(office);

        reads.ShouldBe(1);
        found[0].ShouldBe(("PSG-001001", 0));
        found[3].ShouldBe(("PSG-002001", 50));
        (await starts.FindAsync(new PersonFilter(), 5_000, Read, CancellationToken.None)).ShouldBeNull("past the end");
    }

    private static async Task<List<string>> PageAsync(IServiceProvider services, PersonFilter filter, int page)
    {
        await using var scope = As(services);
        var listed = await scope.ServiceProvider.GetRequiredService<ListPersons>().ExecuteAsync(filter, page);
        return listed.Value.Items.Select(r => r.RegistrationNumber).ToList();
    }

    private static async Task<List<string>> SkippedAsync(TestDatabase database, PersonFilter filter, int page)
    {
        await using var db = database.CreateContext();
        return await ListPersons.Filter(db, db.Persons.AsNoTracking(), filter, new DateOnly(2026, 6, 1))
            .OrderBy(p => p.RegistrationNumber).Skip((page - 1) * 50).Take(50).Select(p => p.RegistrationNumber).ToListAsync();
    }

    private static async Task<Person> EarlyWomanAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        return await db.Persons.AsNoTracking().Where(p => p.Sex == Sex.Female).OrderBy(p => p.RegistrationNumber).Skip(10).FirstAsync();
    }

    private static ServiceProvider Services(TestDatabase database, TimeProvider clock)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddPassageCore(database.ConnectionString, database.FieldKeysFolder);
        services.AddSingleton(clock);
        services.AddIdentityCore<PassageUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<PassageDbContext>();
        return services.BuildServiceProvider();
    }

    private static AsyncServiceScope As(IServiceProvider services)
    {
        var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Actor>().Set("u-registration", "registration@test", null, [Roles.Registration]);
        return scope;
    }
}
