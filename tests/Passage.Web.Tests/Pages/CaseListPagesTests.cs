using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Cases;
using Passage.Testing;
using Passage.Web.Tests.Access;

namespace Passage.Web.Tests.Pages;

public sealed partial class CaseListPagesTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task CaseList_FilterBySizeAndStatus_ShowsOnlyTheMatchingCasesWithLinks(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var alone = await factory.RegisterPersonAsync();
        var father = await factory.RegisterPersonAsync(PassageWebFactory.SampleDetails("Hamid", "Rahimi", "1970"));
        await factory.RegisterPersonAsync(PassageWebFactory.SampleDetails("Saeedeh", "Rahimi", "2001"), father.CaseId);
        await factory.PutCaseAtAsync(father.CaseId, CaseStatus.Interviewed);
        var (aloneNumber, familyNumber) = (await CaseNumberAsync(factory, alone.CaseId), await CaseNumberAsync(factory, father.CaseId));
        using var browser = await factory.SignedInBrowserAsync("fatemeh.karimi", Roles.Registration);

        var families = await browser.GetPageAsync("/Cases?size=Family");
        families.ShouldContain($"<a href=\"/Cases/{father.CaseId}\">{familyNumber}</a>");
        families.ShouldNotContain(aloneNumber);

        var interviewed = await browser.GetPageAsync("/Cases?status=Interviewed");
        interviewed.ShouldContain(familyNumber);
        interviewed.ShouldNotContain(aloneNumber);

        var registered = await browser.GetPageAsync("/Cases?status=Registered&size=OnePerson");
        registered.ShouldContain(aloneNumber);
        registered.ShouldNotContain(familyNumber);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task CaseList_SortBySizeDescending_PutsTheLargestCaseFirstAndSaysSo(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var alone = await factory.RegisterPersonAsync();
        var father = await factory.RegisterPersonAsync(PassageWebFactory.SampleDetails("Hamid", "Rahimi", "1970"));
        await factory.RegisterPersonAsync(PassageWebFactory.SampleDetails("Saeedeh", "Rahimi", "2001"), father.CaseId);
        using var browser = await factory.SignedInBrowserAsync("fatemeh.karimi", Roles.Registration);

        var ascending = await browser.GetPageAsync("/Cases?sort=size");
        var descending = await browser.GetPageAsync("/Cases?sort=-size");

        CaseOrder(ascending).ShouldBe([alone.CaseId, father.CaseId]);
        CaseOrder(descending).ShouldBe([father.CaseId, alone.CaseId]);
        descending.ShouldContain("aria-sort=\"descending\"><a class=\"sort\" href=\"/Cases?sort=size\">Persons");
        ascending.ShouldContain("aria-sort=\"ascending\"><a class=\"sort\" href=\"/Cases?sort=-size\">Persons");
    }

    [Fact]
    public async Task CaseList_UnknownSort_ShowsTheMessageInsteadOfTheList()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        await factory.RegisterPersonAsync();
        using var browser = await factory.SignedInBrowserAsync("fatemeh.karimi", Roles.Registration);

        var html = await browser.GetPageAsync("/Cases?sort=birthplace");

        html.ShouldContain("The list was not shown.");
        html.ShouldContain("sort: A list can be sorted by number, status, size, country, waiting only.");
    }

    [Fact]
    public async Task CaseList_CountryOfReferral_FiltersForResettlementAndIsRefusedToRegistration()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        var scene = await AccessScene.SeedAsync(factory);
        using var resettlement = await factory.SignedInBrowserAsync("reza.resettlement", Roles.Resettlement);
        using var registration = await factory.SignedInBrowserAsync("fatemeh.karimi", Roles.Registration);

        var german = await resettlement.GetPageAsync("/Cases?country=DE");
        german.ShouldContain(scene.Records["A"].CaseNumber);
        german.ShouldContain("<td>Germany</td>");
        german.ShouldNotContain(scene.Records["B"].CaseNumber);

        var all = await registration.GetPageAsync("/Cases");
        all.ShouldContain(scene.Records["A"].CaseNumber);
        all.ShouldNotContain("Referred to");
        all.ShouldNotContain("Germany");
        var refused = await registration.GetPageAsync("/Cases?country=DE");
        refused.ShouldContain("country: Your role may not read this field, so it cannot list cases by it.");
        refused.ShouldNotContain(scene.Records["A"].CaseNumber);
    }

    [Fact]
    public async Task Navigation_RoleWithoutCases_HasNoCaseListLinkAndThePageIsRefused()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        using var browser = await factory.SignedInBrowserAsync("user.viewer", Roles.Viewer);

        (await browser.GetPageAsync("/Account/Tokens")).ShouldNotContain("href=\"/Cases\"");
        using var response = await browser.GetAsync(new Uri("/Cases", UriKind.Relative));
        response.IsSuccessStatusCode.ShouldBeFalse();
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Registry_SortByNameDescending_ListsRahimiBeforeHosseiniWithCaseLinks(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var hosseini = await factory.RegisterPersonAsync();
        var rahimi = await factory.RegisterPersonAsync(PassageWebFactory.SampleDetails("Hamid", "Rahimi", "1970"));
        using var browser = await factory.SignedInBrowserAsync("fatemeh.karimi", Roles.Registration);

        var byName = await browser.GetPageAsync("/Persons?sort=-name");
        var byNumber = await browser.GetPageAsync("/Persons");

        byName.IndexOf(rahimi.RegistrationNumber, StringComparison.Ordinal).ShouldBeLessThan(byName.IndexOf(hosseini.RegistrationNumber, StringComparison.Ordinal));
        byName.ShouldContain("aria-sort=\"descending\"><a class=\"sort\" href=\"/Persons?sort=name\">Name");
        byNumber.IndexOf(hosseini.RegistrationNumber, StringComparison.Ordinal).ShouldBeLessThan(byNumber.IndexOf(rahimi.RegistrationNumber, StringComparison.Ordinal));
        byNumber.ShouldContain($"<a href=\"/Cases/{rahimi.CaseId}\">{await CaseNumberAsync(factory, rahimi.CaseId)}</a>");
    }

    private static Task<string> CaseNumberAsync(PassageWebFactory factory, Guid caseId) =>
        factory.WithDbAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.CaseNumber).SingleAsync());

    private static List<Guid> CaseOrder(string html) => CaseLink().Matches(html).Select(m => Guid.Parse(m.Groups[1].Value)).ToList();

    [GeneratedRegex("<td class=\"nowrap\"><a href=\"/Cases/([0-9a-f-]{36})\">")]
    private static partial Regex CaseLink();
}
