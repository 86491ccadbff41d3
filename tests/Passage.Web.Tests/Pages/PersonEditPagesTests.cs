using System.Net;
using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Testing;
using Passage.Web.Tests.Accounts;

namespace Passage.Web.Tests.Pages;

public sealed class PersonEditPagesTests
{
    [Fact]
    public async Task EditPerson_StaleVersion_SaysChangedBySomeoneElseAndKeepsWhatWasTyped()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        var person = await factory.RegisterPersonAsync();
        using var browser = await factory.SignedInBrowserAsync("fatemeh.karimi", Roles.Registration);
        var form = Fields(person.Version, given: "Muhammad");
        (await browser.PostFormAsync($"/Persons/{person.Id}/Edit", form)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        using var response = await browser.PostFormAsync($"/Persons/{person.Id}/Edit", Fields(person.Version, given: "Mohamed"));

        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("Changed by someone else.");
        html.ShouldContain("value=\"Mohamed\"");
        (await factory.WithDbAsync(db => db.Persons.Select(p => p.GivenName).SingleAsync())).ShouldBe("Muhammad");
    }

    [Fact]
    public async Task MovePerson_ToANewCase_OpensTheNewCaseWithTheReasonInItsHistory()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        var person = await factory.RegisterPersonAsync();
        using var browser = await factory.SignedInBrowserAsync("fatemeh.karimi", Roles.Registration);

        using var response = await browser.PostFormAsync($"/Persons/{person.Id}/MoveCase",
            new Dictionary<string, string> { ["TargetCase"] = "", ["Reason"] = "Married; own household" });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var html = await browser.GetPageAsync(response.Headers.Location!.ToString());
        html.ShouldContain("Married; own household");
        html.ShouldContain(person.RegistrationNumber + " joined");
    }

    [Fact]
    public async Task MovePerson_UnknownCaseNumber_SaysSoBesideTheField()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        var person = await factory.RegisterPersonAsync();
        using var browser = await factory.SignedInBrowserAsync("fatemeh.karimi", Roles.Registration);

        using var response = await browser.PostFormAsync($"/Persons/{person.Id}/MoveCase",
            new Dictionary<string, string> { ["TargetCase"] = "C-999999", ["Reason"] = "Joins the family" });

        (await response.Content.ReadAsStringAsync()).ShouldContain("There is no case with that number.");
    }

    [Fact]
    public async Task EditUser_RoleApprovedByASecondAdministrator_TheUsersNextRequestUsesIt()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        var viewer = await factory.CreateUserAsync("darya.viewer", Roles.Viewer);
        using var admin = await factory.SignedInBrowserAsync("admin", Roles.Administrator);
        using var second = await factory.SignedInBrowserAsync("second.admin", Roles.Administrator);

        using var response = await admin.PostFormAsync($"/Admin/Users/{viewer.Id}", new Dictionary<string, string> { ["Roles"] = Roles.Auditor });
        var request = await factory.WithDbAsync(db => db.RoleChanges.SingleAsync(c => c.UserId == viewer.Id && c.State == RoleChangeState.Pending));
        using var approved = await second.PostHandlerAsync("/Admin/RoleRequests", $"/Admin/RoleRequests?handler=Approve&requestId={request.Id}");

        (await response.Content.ReadAsStringAsync()).ShouldContain("Saved.");
        (await approved.Content.ReadAsStringAsync()).ShouldContain("was approved");
        using var api = factory.CreateClient();
        api.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", await factory.CreateTokenAsync(viewer.Id));
        (await api.GetAsync(new Uri("/api/v1/audit", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static Dictionary<string, string> Fields(long version, string given) => new()
    {
        ["Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Form.GivenName"] = given,
        ["Form.FamilyName"] = "Hosseini",
        ["Form.Sex"] = "Male",
        ["Form.BirthDate"] = "1984-03",
        ["Form.CampBlock"] = "B4",
        ["Form.CampUnit"] = "17",
    };
}
