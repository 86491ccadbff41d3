using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Testing;
using Passage.Web.Tests.Pages;

namespace Passage.Web.Tests.Accounts;

/// <summary>Separation of duties on the administrator's pages: nobody gives themself a role, and every grant needs a second administrator.</summary>
public sealed class RoleGrantTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task EditUser_AdministratorGivesThemselfADataRole_IsRefusedAndNothingChanges(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        using var admin = await factory.SignedInBrowserAsync("kaveh.admin", Roles.Administrator);
        var self = await factory.WithDbAsync(db => db.Users.SingleAsync(u => u.UserName == "kaveh.admin"));

        using var response = await admin.PostFormAsync($"/Admin/Users/{self.Id}", Form(Roles.Administrator, Roles.Protection));

        (await response.Content.ReadAsStringAsync()).ShouldContain("Nobody gives themself a role");
        (await RolesOfAsync(factory, "kaveh.admin")).ShouldBe([Roles.Administrator]);
        (await factory.WithDbAsync(db => db.RoleChanges.CountAsync())).ShouldBe(0);
        (await admin.GetAsync(new Uri("/Persons", UriKind.Relative))).StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task EditUser_RoleForAnother_WaitsUntilASecondAdministratorApproves(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var officer = await factory.CreateUserAsync("reza.officer", Roles.Viewer);
        using var asking = await factory.SignedInBrowserAsync("kaveh.admin", Roles.Administrator);
        using var second = await factory.SignedInBrowserAsync("parisa.admin", Roles.Administrator);

        using var asked = await asking.PostFormAsync($"/Admin/Users/{officer.Id}", Form(Roles.Viewer, Roles.Registration));

        (await asked.Content.ReadAsStringAsync()).ShouldContain("waits for another administrator");
        (await RolesOfAsync(factory, "reza.officer")).ShouldBe([Roles.Viewer]);
        var request = await factory.WithDbAsync(db => db.RoleChanges.SingleAsync());
        request.State.ShouldBe(RoleChangeState.Pending);
        (await asking.GetPageAsync("/Admin/Users")).ShouldContain("Registration");

        using var selfApproved = await asking.PostHandlerAsync("/Admin/RoleRequests", $"/Admin/RoleRequests?handler=Approve&requestId={request.Id}");

        (await selfApproved.Content.ReadAsStringAsync()).ShouldContain("another administrator must approve it");
        (await RolesOfAsync(factory, "reza.officer")).ShouldBe([Roles.Viewer]);

        using var approved = await second.PostHandlerAsync("/Admin/RoleRequests", $"/Admin/RoleRequests?handler=Approve&requestId={request.Id}");

        approved.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await RolesOfAsync(factory, "reza.officer")).ShouldBe([Roles.Registration, Roles.Viewer], ignoreOrder: true);
        var audit = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityId == officer.Id && a.Action >= AuditAction.RoleRequested).ToListAsync());
        audit.ShouldContain(a => a.Action == AuditAction.RoleRequested && a.UserName == "kaveh.admin" && a.Detail!.Contains("role: Registration"));
        audit.ShouldContain(a => a.Action == AuditAction.RoleGranted && a.UserName == "parisa.admin"
            && a.Detail!.Contains("role: Registration") && a.Detail.Contains("asked by kaveh.admin") && a.Detail.Contains("decided by parisa.admin"));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task AddUser_WithADataRole_GetsTheRoleOnlyOnceASecondAdministratorApproves(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        using var asking = await factory.SignedInBrowserAsync("kaveh.admin", Roles.Administrator);
        using var second = await factory.SignedInBrowserAsync("parisa.admin", Roles.Administrator);

        using var added = await asking.PostFormAsync("/Admin/AddUser", new Dictionary<string, string>
        {
            ["Email"] = "omid.sadeghi@example.org",
            ["DisplayName"] = "Omid Sadeghi",
            ["Password"] = "Passage-Demo-1",
            ["Roles"] = Roles.Security,
        });

        added.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await RolesOfAsync(factory, "omid.sadeghi@example.org")).ShouldBeEmpty();
        var pending = await second.GetPageAsync("/Admin/RoleRequests");
        pending.ShouldContain("omid.sadeghi@example.org");
        var request = await factory.WithDbAsync(db => db.RoleChanges.SingleAsync());
        using var approved = await second.PostHandlerAsync("/Admin/RoleRequests", $"/Admin/RoleRequests?handler=Approve&requestId={request.Id}");
        (await RolesOfAsync(factory, "omid.sadeghi@example.org")).ShouldBe([Roles.Security]);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task EditUser_RoleRemovedAndPasswordChanged_AuditNamesTheRoleAndNeverASecretColumn(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var officer = await factory.CreateUserAsync("leila.protection", Roles.Protection, Roles.Viewer);
        using var admin = await factory.SignedInBrowserAsync("kaveh.admin", Roles.Administrator);
        using var user = factory.CreateBrowser();
        await PassageWebFactory.PostSignInAsync(user, "leila.protection", PassageWebFactory.Password);

        using var changed = await user.PostFormAsync("/Account/Password", new Dictionary<string, string>
        {
            ["Current"] = PassageWebFactory.Password,
            ["New"] = "Another-horse-8",
            ["Confirm"] = "Another-horse-8",
        });
        var form = Form(Roles.Viewer);
        form["IsSupervisor"] = "true";
        using var removed = await admin.PostFormAsync($"/Admin/Users/{officer.Id}", form);

        (await RolesOfAsync(factory, "leila.protection")).ShouldBe([Roles.Viewer]);
        var audit = await factory.WithDbAsync(db => db.AuditEntries.ToListAsync());
        audit.ShouldContain(a => a.Action == AuditAction.RoleRemoved && a.EntityId == officer.Id && a.Detail!.Contains("role: Protection"));
        audit.ShouldContain(a => a.Action == AuditAction.PasswordChanged && a.EntityId == officer.Id);
        audit.ShouldContain(a => a.Action == AuditAction.Updated && a.EntityType == nameof(PassageUser) && a.Detail!.Contains("IsSupervisor"));
        audit.ShouldAllBe(a => a.Detail == null || (!a.Detail.Contains("PasswordHash") && !a.Detail.Contains("SecurityStamp")));
        audit.ShouldAllBe(a => a.Detail == null || !a.Detail.Contains("Another-horse-8"));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task RoleChangesPage_Auditor_ReviewsEachGrantAndRemoval(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var officer = await factory.CreateUserAsync("reza.officer", Roles.Viewer);
        using var asking = await factory.SignedInBrowserAsync("kaveh.admin", Roles.Administrator);
        using var second = await factory.SignedInBrowserAsync("parisa.admin", Roles.Administrator);
        using var auditor = await factory.SignedInBrowserAsync("maryam.auditor", Roles.Auditor);
        using var asked = await asking.PostFormAsync($"/Admin/Users/{officer.Id}", Form(Roles.Tracing));
        var grant = await factory.WithDbAsync(db => db.RoleChanges.SingleAsync(c => c.Kind == RoleChangeKind.Grant));
        using var approved = await second.PostHandlerAsync("/Admin/RoleRequests", $"/Admin/RoleRequests?handler=Approve&requestId={grant.Id}");

        var list = await auditor.GetPageAsync("/Audit/RoleChanges");

        list.ShouldContain("granted");
        list.ShouldContain("removed");
        list.ShouldContain("Tracing");
        list.ShouldContain("Viewer");
        list.ShouldContain("parisa.admin");
        using var reviewed = await auditor.PostHandlerAsync("/Audit/RoleChanges", $"/Audit/RoleChanges?handler=Reviewed&changeId={grant.Id}");
        reviewed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var after = await auditor.GetPageAsync("/Audit/RoleChanges");
        after.ShouldNotContain("Tracing");
        after.ShouldContain("removed");
        (await auditor.GetPageAsync("/Audit/RoleChanges?all=true")).ShouldContain("reviewed by");
        (await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditAction.RoleChangeReviewed && a.UserName == "maryam.auditor")))
            .ShouldBeTrue();
        using var refused = await asking.GetAsync(new Uri("/Audit/RoleChanges", UriKind.Relative));
        refused.StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }

    private static Dictionary<string, string> Form(params string[] roles) =>
        new(roles.Select((r, i) => new KeyValuePair<string, string>($"Roles[{i}]", r)));

    private static async Task<IList<string>> RolesOfAsync(PassageWebFactory factory, string userName)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PassageUser>>();
        return await users.GetRolesAsync((await users.FindByNameAsync(userName))!);
    }
}
