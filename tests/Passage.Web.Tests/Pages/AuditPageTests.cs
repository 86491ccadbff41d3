using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Testing;

namespace Passage.Web.Tests.Pages;

/// <summary>The audit log page names persons and cases by their numbers, links them where the reader may follow, and sorts by column.</summary>
public sealed partial class AuditPageTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Audit_ViewOfAPerson_ShowsTheRegistrationNumberLinkedToTheRecordsEntriesNotItsId(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var person = await factory.RegisterPersonAsync();
        var number = await factory.WithDbAsync(db => db.Persons.Where(p => p.Id == person.Id).Select(p => p.RegistrationNumber).SingleAsync());
        using (var registration = await factory.SignedInBrowserAsync("fatemeh.karimi", Roles.Registration))
        {
            await registration.GetPageAsync($"/Persons/{person.Id}");
        }

        using var auditor = await factory.SignedInBrowserAsync("maryam.auditor", Roles.Auditor);
        var html = await auditor.GetPageAsync("/Audit?action=Viewed&type=Person");

        html.ShouldContain($"<a class=\"nowrap\" href=\"/Audit?type=Person&amp;record={person.Id}\">{number}</a>");
        html.ShouldNotContain($"<code>{person.Id}</code>");
        html.ShouldNotContain($"href=\"/Persons/{person.Id}\"");
    }

    [Fact]
    public async Task Audit_ReaderWhoMayOpenTheRecord_FollowsTheNumberToThePersonAndTheCase()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        var person = await factory.RegisterPersonAsync();
        var caseNumber = await factory.WithDbAsync(db => db.Cases.Where(c => c.Id == person.CaseId).Select(c => c.CaseNumber).SingleAsync());
        using var both = await factory.SignedInBrowserAsync("nasrin.both", Roles.Auditor, Roles.Registration);
        await both.GetPageAsync($"/Persons/{person.Id}");
        await both.GetPageAsync($"/Cases/{person.CaseId}");

        var html = await both.GetPageAsync("/Audit?action=Viewed");

        html.ShouldContain($"href=\"/Persons/{person.Id}\">");
        html.ShouldContain($"<a class=\"nowrap\" href=\"/Cases/{person.CaseId}\">{caseNumber}</a>");
    }

    [Fact]
    public async Task Audit_SearchedForAName_FindsTheClerksSearchWhoseEntryHoldsNoName()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        await factory.RegisterPersonAsync(PassageWebFactory.SampleDetails("Hamid", "Rahimi", "1970"));
        using (var registration = await factory.SignedInBrowserAsync("fatemeh.karimi", Roles.Registration))
        {
            await registration.GetPageAsync("/Persons?q=Hamid%20Rahimi");
            await registration.GetPageAsync("/Persons?q=Zahra");
        }

        using var auditor = await factory.SignedInBrowserAsync("maryam.auditor", Roles.Auditor);
        var html = await auditor.GetPageAsync("/Audit?searched=hamid%20RAHIMI");

        html.ShouldContain("1 entry.");
        html.ShouldContain("fatemeh.karimi");
        html.ShouldNotContain("query=Hamid");
        html.ShouldContain("query=#");
        html.ShouldContain("<label for=\"searched\">");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Audit_RecordTypedAsARegistrationNumber_FindsThatPersonsEntriesOnly(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var seen = await factory.RegisterPersonAsync();
        var other = await factory.RegisterPersonAsync(PassageWebFactory.SampleDetails("Hamid", "Rahimi", "1970"));
        var number = await factory.WithDbAsync(db => db.Persons.Where(p => p.Id == seen.Id).Select(p => p.RegistrationNumber).SingleAsync());
        using (var registration = await factory.SignedInBrowserAsync("fatemeh.karimi", Roles.Registration))
        {
            await registration.GetPageAsync($"/Persons/{seen.Id}");
            await registration.GetPageAsync($"/Persons/{other.Id}");
        }

        using var auditor = await factory.SignedInBrowserAsync("maryam.auditor", Roles.Auditor);
        var html = await auditor.GetPageAsync($"/Audit?action=Viewed&record={number.ToLowerInvariant()}");

        html.ShouldContain($">{number}</a>");
        html.ShouldContain("1 entry.");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Audit_SortByUser_OrdersTheEntriesByUserNameBothWaysAndSaysSo(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var person = await factory.RegisterPersonAsync();
        foreach (var name in new[] { "zahra.registration", "ali.registration" })
        {
            using var registration = await factory.SignedInBrowserAsync(name, Roles.Registration);
            await registration.GetPageAsync($"/Persons/{person.Id}");
        }

        using var auditor = await factory.SignedInBrowserAsync("maryam.auditor", Roles.Auditor);
        var ascending = await auditor.GetPageAsync("/Audit?action=Viewed&sort=user");
        var descending = await auditor.GetPageAsync("/Audit?action=Viewed&sort=-user");

        Users(ascending).ShouldBe(["ali.registration", "zahra.registration"]);
        Users(descending).ShouldBe(["zahra.registration", "ali.registration"]);
        ascending.ShouldContain("aria-sort=\"ascending\"><a class=\"sort\" href=\"/Audit?action=Viewed&amp;sort=-user\">User");
        (await auditor.GetPageAsync("/Audit?sort=detail")).ShouldContain("A list can be sorted by at, user, action, record only.");
    }

    private static List<string> Users(string html) =>
        UserCell().Matches(html).Select(m => m.Groups[1].Value).Where(u => u.EndsWith(".registration", StringComparison.Ordinal)).ToList();

    [GeneratedRegex(@"<td><bdi>([^<]+)</bdi></td>")]
    private static partial Regex UserCell();
}
