using System.Net;
using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Testing;
using Passage.Web.Tests.Accounts;

namespace Passage.Web.Tests.Pages;

public sealed class FamilyLinkPagesTests
{
    [Fact]
    public async Task AddLink_SiblingInAnotherCase_RedirectsWithAMessageAndShowsOnBothPersons()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        var brother = await factory.RegisterPersonAsync();
        var sister = await factory.RegisterPersonAsync(PassageWebFactory.SampleDetails("Maryam", "Hosseini", "1990-05"));
        using var browser = await factory.SignedInBrowserAsync("fatemeh.karimi", Roles.Registration);

        using var response = await browser.PostFormAsync($"/Persons/{brother.Id}/FamilyLinks",
            new Dictionary<string, string> { ["Relationship"] = "Sibling", ["RelatedPerson"] = sister.RegistrationNumber });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe($"/Persons/{brother.Id}/FamilyLinks");
        var after = await browser.GetPageAsync(response.Headers.Location.ToString());
        after.ShouldContain($"{sister.RegistrationNumber} is now linked as sibling of {brother.RegistrationNumber} (another case).");
        var sisterPage = await browser.GetPageAsync($"/Persons/{sister.Id}");
        sisterPage.ShouldContain(brother.RegistrationNumber);
        sisterPage.ShouldContain("another case");
        (await browser.GetPageAsync(response.Headers.Location.ToString())).ShouldNotContain("is now linked", customMessage: "the message shows once");
    }

    [Fact]
    public async Task AddLink_NothingChosenAndUnknownNumber_ShowsBothFieldMessagesInTheSummaryAndAddsNothing()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        var person = await factory.RegisterPersonAsync();
        using var browser = await factory.SignedInBrowserAsync("fatemeh.karimi", Roles.Registration);

        using var response = await browser.PostFormAsync($"/Persons/{person.Id}/FamilyLinks",
            new Dictionary<string, string> { ["Relationship"] = "", ["RelatedPerson"] = "PSG-999999" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("<a href=\"#Relationship\">Choose what the other person is to this person.</a>");
        html.ShouldContain("<a href=\"#RelatedPerson\">No person has that registration number.</a>");
        html.ShouldContain("value=\"PSG-999999\"");
        (await factory.WithDbAsync(db => db.FamilyLinks.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task RemoveLink_FromTheListOfLinks_RemovesItWithAMessageAndKeepsBothPersons()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        var mother = await factory.RegisterPersonAsync(PassageWebFactory.SampleDetails("Zahra", "Hosseini", "1960"));
        var son = await factory.RegisterPersonAsync();
        using var browser = await factory.SignedInBrowserAsync("fatemeh.karimi", Roles.Registration);
        (await browser.PostFormAsync($"/Persons/{son.Id}/FamilyLinks",
            new Dictionary<string, string> { ["Relationship"] = "Parent", ["RelatedPerson"] = mother.RegistrationNumber })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await browser.GetPageAsync($"/Persons/{mother.Id}")).ShouldContain("Child");

        using var removed = await browser.PostHandlerAsync($"/Persons/{mother.Id}/FamilyLinks", $"/Persons/{mother.Id}/FamilyLinks?handler=Remove&related={son.Id}");

        removed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await browser.GetPageAsync(removed.Headers.Location!.ToString())).ShouldContain($"The family link with {son.RegistrationNumber} was removed.");
        (await factory.WithDbAsync(db => db.FamilyLinks.CountAsync())).ShouldBe(0);
        (await factory.WithDbAsync(db => db.Persons.CountAsync())).ShouldBe(2);
    }

    [Fact]
    public async Task FamilyLinksPage_ProtectionOfficer_IsDeniedAndTheirPersonPageOffersNoLink()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        var person = await factory.RegisterPersonAsync();
        using var browser = await factory.SignedInBrowserAsync("leila.protection", Roles.Protection);

        using var response = await browser.GetAsync(new Uri($"/Persons/{person.Id}/FamilyLinks", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/Denied");
        (await browser.GetPageAsync($"/Persons/{person.Id}")).ShouldNotContain("/FamilyLinks");
    }
}
