using System.Net;
using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Testing;

namespace Passage.Web.Tests.Pages;

public sealed class RegistryPagesTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task RegistryList_SearchByName_ShowsThePersonWithTheArabicNameRightToLeft(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var person = await factory.RegisterPersonAsync();
        await factory.RegisterPersonAsync(new("Zahra", "Rahimi", "Ali", "زهرا", "رحیمی", "علی", "Female", "1990", "B4", "17", [], []));
        using var browser = await factory.SignedInBrowserAsync("fatemeh.karimi", Roles.Registration);

        var html = await browser.GetPageAsync("/Persons?q=hosseini");

        html.ShouldContain(person.RegistrationNumber);
        html.ShouldContain("<td dir=\"rtl\" lang=\"fa\">محمد حسینی</td>");
        html.ShouldNotContain("Rahimi");
        html.ShouldContain("Showing 1–1 of 1 persons");
    }

    [Fact]
    public async Task PersonPage_Registration_ShowsBiodataNeedsAndHistory()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        var person = await factory.RegisterPersonAsync();
        using var browser = await factory.SignedInBrowserAsync("fatemeh.karimi", Roles.Registration);

        var html = await browser.GetPageAsync($"/Persons/{person.Id}");

        html.ShouldContain("<bdi dir=\"rtl\" lang=\"fa\">حسینی</bdi>");
        html.ShouldContain("Serious medical condition");
        html.ShouldContain("Case history");
    }

    [Fact]
    public async Task PersonPage_Movement_HidesTheNeedsButSaysThereAreSome()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        var person = await factory.RegisterPersonAsync();
        using var browser = await factory.SignedInBrowserAsync("reza.movement", Roles.Movement);

        var html = await browser.GetPageAsync($"/Persons/{person.Id}");

        html.ShouldNotContain("Serious medical condition");
        html.ShouldContain("Has specific needs");
    }

    [Theory]
    [InlineData(Roles.Viewer, HttpStatusCode.Forbidden)]
    [InlineData(Roles.Auditor, HttpStatusCode.NotFound)]
    [InlineData(Roles.Administrator, HttpStatusCode.NotFound)]
    public async Task PersonPage_RoleWithoutBiodata_IsNotAllowedOrNotFound(string role, HttpStatusCode expected)
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        var person = await factory.RegisterPersonAsync();
        using var browser = await factory.SignedInBrowserAsync("user." + role.ToLowerInvariant(), role);

        using var response = await browser.GetAsync(new Uri($"/Persons/{person.Id}", UriKind.Relative));

        response.StatusCode.ShouldBe(expected);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("Hosseini");
    }

    [Fact]
    public async Task Navigation_Viewer_OffersNoRegistryOrAuditLinks()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        using var browser = await factory.SignedInBrowserAsync("user.viewer", Roles.Viewer);

        var html = await browser.GetPageAsync("/Account/Tokens");

        html.ShouldNotContain("href=\"/Persons\"");
        html.ShouldNotContain("href=\"/Audit\"");
        html.ShouldNotContain("href=\"/Admin/Users\"");
        html.ShouldContain("href=\"/Account/Tokens\"");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Register_BadDate_ShowsTheMessageBesideTheFieldAndSavesNothing(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        using var browser = await factory.SignedInBrowserAsync("fatemeh.karimi", Roles.Registration);

        using var response = await browser.PostFormAsync("/Persons/Register", Form(birth: "1984-13"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("The person was not registered.");
        html.ShouldContain("The month must be between 01 and 12.");
        html.ShouldContain("value=\"Golnar\"");
        (await factory.WithDbAsync(db => db.Persons.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task Register_ValidForm_OpensTheNewPersonsPage()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        using var browser = await factory.SignedInBrowserAsync("fatemeh.karimi", Roles.Registration);

        using var response = await browser.PostFormAsync("/Persons/Register", Form(birth: "1992-05"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var html = await browser.GetPageAsync(response.Headers.Location!.ToString());
        html.ShouldContain("Golnar Moradi");
        html.ShouldContain("PSG-");
    }

    [Fact]
    public async Task Register_Viewer_IsNotAllowed()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        using var browser = await factory.SignedInBrowserAsync("user.viewer", Roles.Viewer);

        using var response = await browser.GetAsync(new Uri("/Persons/Register", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/Denied");
    }

    private static Dictionary<string, string> Form(string birth) => new()
    {
        ["Form.GivenName"] = "Golnar",
        ["Form.FamilyName"] = "Moradi",
        ["Form.GivenNameArabic"] = "گلنار",
        ["Form.FamilyNameArabic"] = "مرادی",
        ["Form.Sex"] = "Female",
        ["Form.BirthDate"] = birth,
        ["Form.CampBlock"] = "C2",
        ["Form.CampUnit"] = "8",
        ["Form.Needs"] = "WR",
    };
}
