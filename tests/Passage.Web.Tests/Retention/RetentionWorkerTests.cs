using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Cases;
using Passage.Testing;
using Passage.Web.Hosting;
using Passage.Web.Tests.Pages;

namespace Passage.Web.Tests.Retention;

public sealed class RetentionWorkerTests
{
    [Theory]
    [InlineData("2026-12-03T01:00:00Z", "02:30", 90)]
    [InlineData("2026-12-03T02:30:00Z", "02:30", 24 * 60)]
    [InlineData("2026-12-03T23:59:00Z", "00:00", 1)]
    public void UntilNext_TimeOfDay_IsLaterTodayOrTomorrow(string now, string runAt, int minutes) =>
        RetentionWorker.UntilNext(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture), TimeOnly.Parse(runAt, System.Globalization.CultureInfo.InvariantCulture))
            .ShouldBe(TimeSpan.FromMinutes(minutes));

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task RunOnce_PersonOfACaseClosedPastThePeriod_PageSaysAnonymisedAndSearchNoLongerFindsThem(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
        using var factory = new PassageWebFactory(provider,
            new Dictionary<string, string> { ["Passage:Retention:ClosedCasePersons:Days"] = "30" },
            services => services.AddSingleton<TimeProvider>(clock));
        var person = await factory.RegisterPersonAsync();
        await factory.PutCaseAtAsync(person.CaseId, CaseStatus.Withdrawn);
        using (var before = await factory.SignedInBrowserAsync("fatemeh.karimi", Roles.Registration))
        {
            (await before.GetPageAsync($"/Persons?q={person.FamilyName}")).ShouldContain(person.RegistrationNumber);
        }

        clock.Advance(TimeSpan.FromDays(30) + TimeSpan.FromMinutes(1));

        await factory.Services.GetServices<IHostedService>().OfType<RetentionWorker>().Single().RunOnceAsync(CancellationToken.None);

        using var browser = await factory.SignedInBrowserAsync("ali.ahmadi", Roles.Registration);
        var page = await browser.GetPageAsync($"/Persons/{person.Id}");
        page.ShouldContain("This record was anonymised on 2026-12-02");
        page.ShouldNotContain(person.FamilyName);
        page.ShouldNotContain("Edit biodata");
        (await browser.GetPageAsync($"/Persons?q={person.FamilyName}")).ShouldNotContain(person.RegistrationNumber);
        (await factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditAction.Anonymised && e.UserName == RetentionWorker.ActorName)))
            .ShouldBe(1);
    }
}
