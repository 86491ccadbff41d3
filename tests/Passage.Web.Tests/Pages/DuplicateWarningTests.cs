using System.Net;
using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Testing;

namespace Passage.Web.Tests.Pages;

public sealed class DuplicateWarningTests
{
    private static Dictionary<string, string> Form(string given, string family) => new()
    {
        ["Form.GivenName"] = given,
        ["Form.FamilyName"] = family,
        ["Form.FatherName"] = "Ali",
        ["Form.Sex"] = "Male",
        ["Form.BirthDate"] = "1984-03",
        ["Form.CampBlock"] = "C2",
        ["Form.CampUnit"] = "8",
    };

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Register_LikelyDuplicate_WarnsWithTheExplanationAndSavesNothingUntilConfirmed(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var existing = await factory.RegisterPersonAsync(PassageWebFactory.SampleDetails("Mohammad", "Hosseini", "1984-03") with { FatherName = "Ali" });
        using var browser = await factory.SignedInBrowserAsync("fatemeh.karimi", Roles.Registration);

        using var warned = await browser.PostFormAsync("/Persons/Register", Form("Muhammad", "Husseini"));
        var html = await warned.Content.ReadAsStringAsync();

        warned.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("This person may be registered already");
        html.ShouldContain(existing.RegistrationNumber);
        html.ShouldContain("Why the engine proposes this person");
        (await factory.WithDbAsync(db => db.Persons.CountAsync())).ShouldBe(1);

        var confirm = Form("Muhammad", "Husseini");
        confirm["DistinctFrom"] = existing.Id.ToString();
        confirm["DistinctReason"] = "Different mother; arrived in another year";
        using var registered = await browser.PostFormAsync("/Persons/Register", confirm);

        registered.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.WithDbAsync(db => db.Persons.CountAsync())).ShouldBe(2);
        (await factory.WithDbAsync(db => db.DistinctPersons.SingleAsync())).Reason.ShouldBe("Different mother; arrived in another year");
    }

    [Fact]
    public async Task Register_ConfirmedWithoutAReason_KeepsTheWarningAndAsksForTheReason()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        var existing = await factory.RegisterPersonAsync(PassageWebFactory.SampleDetails("Mohammad", "Hosseini", "1984-03") with { FatherName = "Ali" });
        using var browser = await factory.SignedInBrowserAsync("fatemeh.karimi", Roles.Registration);
        var confirm = Form("Muhammad", "Husseini");
        confirm["DistinctFrom"] = existing.Id.ToString();

        using var response = await browser.PostFormAsync("/Persons/Register", confirm);
        var html = await response.Content.ReadAsStringAsync();

        html.ShouldContain("Say why this is a different person");
        html.ShouldContain("This person may be registered already");
        (await factory.WithDbAsync(db => db.Persons.CountAsync())).ShouldBe(1);
    }
}
