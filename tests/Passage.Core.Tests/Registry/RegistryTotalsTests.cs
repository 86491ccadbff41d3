using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Passage.Core.Accounts;
using Passage.Core.Registry;
using Passage.Testing;

namespace Passage.Core.Tests.Registry;

/// <summary>
/// The registry list's total is counted once and kept: a registration made through this process shows in it at once, one
/// made by another process (the command line) within <see cref="RegistryTotals.Lifetime"/>, and each filter keeps its own.
/// </summary>
public class RegistryTotalsTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ListTotal_ShowsThisProcesssRegistrationAtOnce_AndAnotherProcesssWithinTheLifetime(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 8, 0, 0, TimeSpan.Zero));
        await using var services = Services(database, clock);
        await RegisterAsync(services, "Reza", "Karimi", "Male");
        await RegisterAsync(services, "Zahra", "Moradi", "Female");

        (await TotalAsync(services, new PersonFilter())).ShouldBe(2);
        (await TotalAsync(services, new PersonFilter(Sex: Sex.Female))).ShouldBe(1);

        await RegisterAsync(services, "Maryam", "Jafari", "Female");
        (await TotalAsync(services, new PersonFilter())).ShouldBe(3);
        (await TotalAsync(services, new PersonFilter(Sex: Sex.Female, Sort: "-name"))).ShouldBe(2);

        // Another process writes to the same database: this one's kept totals do not know until they lapse.
        database.Actor.Set("cli", "registration@test", null, [Roles.Registration]);
        await using (var other = database.CreateContext())
        {
            (await new RegisterPerson(other, database.Actor, clock).ExecuteAsync(Details("Hossein", "Rahimi", "Male"))).Succeeded.ShouldBeTrue();
        }

        (await TotalAsync(services, new PersonFilter())).ShouldBe(3);
        clock.Advance(RegistryTotals.Lifetime);
        (await TotalAsync(services, new PersonFilter())).ShouldBe(4);
        (await TotalAsync(services, new PersonFilter(Sex: Sex.Male))).ShouldBe(2);
    }

    [Fact]
    public async Task LapsedTotal_ManyRequestsAtOnce_CountTheRegistryOnce_ButNotAcrossAChange()
    {
        var totals = new RegistryTotals(new FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 8, 0, 0, TimeSpan.Zero)));
        var counts = 0;
        var release = new TaskCompletionSource();
        async Task<int> Count(CancellationToken ct)
        {
            var n = Interlocked.Increment(ref counts);
            await release.Task;
            return 100_000 + n;
        }

        var office = Enumerable.Range(0, 20).Select(_ => totals.CountAsync(new PersonFilter(), Count, CancellationToken.None)).ToList();
        totals.Forget();
        var afterAChange = totals.CountAsync(new PersonFilter(), Count, CancellationToken.None);
        release.SetResult();

        (await Task.WhenAll(office)).ShouldAllBe(total => total == 100_001);
        (await afterAChange).ShouldBe(100_002, "a request after a change does not take the count started before it");
        counts.ShouldBe(2);
    }

    private static ServiceProvider Services(TestDatabase database, TimeProvider clock)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddPassageCore(database.ConnectionString, database.FieldKeysFolder);
        services.AddSingleton(clock);
        return services.BuildServiceProvider();
    }

    private static PersonDetails Details(string given, string family, string sex) =>
        new(given, family, null, null, null, null, sex, "1990-04-12", "C", "7", []);

    private static async Task RegisterAsync(IServiceProvider services, string given, string family, string sex)
    {
        await using var scope = As(services);
        (await scope.ServiceProvider.GetRequiredService<RegisterPerson>().ExecuteAsync(Details(given, family, sex))).Succeeded.ShouldBeTrue();
    }

    private static async Task<int> TotalAsync(IServiceProvider services, PersonFilter filter)
    {
        await using var scope = As(services);
        return (await scope.ServiceProvider.GetRequiredService<ListPersons>().ExecuteAsync(filter)).Value.Total;
    }

    private static AsyncServiceScope As(IServiceProvider services)
    {
        var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Actor>().Set("u-registration", "registration@test", null, [Roles.Registration]);
        return scope;
    }
}
