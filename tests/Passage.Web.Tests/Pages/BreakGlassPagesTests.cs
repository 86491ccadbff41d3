using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Testing;

namespace Passage.Web.Tests.Pages;

public sealed partial class BreakGlassPagesTests
{
    private const string Reason = "Rocket attack on block B4: medical needs of the injured resident are needed at the clinic now";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task PersonPage_ViewerStatingAReason_OpensTheRecordMarkedAsBreakGlass(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var person = await factory.RegisterPersonAsync();
        using var viewer = await factory.SignedInBrowserAsync("shirin.viewer", Roles.Viewer);

        using var denied = await viewer.GetAsync(new Uri($"/Persons/{person.Id}", UriKind.Relative));
        var deniedHtml = await denied.Content.ReadAsStringAsync();
        using var withoutReason = await viewer.StateReasonAsync($"/Persons/{person.Id}", "   ");
        using var stillDenied = await viewer.GetAsync(new Uri($"/Persons/{person.Id}", UriKind.Relative));
        using var opened = await viewer.StateReasonAsync($"/Persons/{person.Id}", Reason);
        var record = await viewer.GetPageAsync($"/Persons/{person.Id}");

        denied.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        deniedHtml.ShouldContain("<h1>Not allowed</h1>");
        deniedHtml.ShouldContain($"action=\"/BreakGlass/Person/{person.Id}\"");
        deniedHtml.ShouldNotContain("Mohammad");
        (await withoutReason.Content.ReadAsStringAsync()).ShouldContain("Without a reason nothing opens.");
        stillDenied.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        opened.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        opened.Headers.Location!.ToString().ShouldBe($"/Persons/{person.Id}");
        record.ShouldContain("Mohammad");
        record.ShouldContain("Opened in an emergency until");
        record.ShouldContain("Serious medical condition (SM)");
    }

    [Fact]
    public async Task PersonPage_MissingPerson_IsNotAllowedForAViewerAndNotFoundForRolesWithoutBreakGlassOrWithFullAccess()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        var person = await factory.RegisterPersonAsync();
        var missing = Guid.NewGuid();
        using var viewer = await factory.SignedInBrowserAsync("shirin.viewer", Roles.Viewer);
        using var admin = await factory.SignedInBrowserAsync("amir.admin", Roles.Administrator);
        using var registration = await factory.SignedInBrowserAsync("reza.registration", Roles.Registration);

        using var viewerMissing = await viewer.GetAsync(new Uri($"/Persons/{missing}", UriKind.Relative));
        using var viewerExisting = await viewer.GetAsync(new Uri($"/Persons/{person.Id}", UriKind.Relative));
        using var adminExisting = await admin.GetAsync(new Uri($"/Persons/{person.Id}", UriKind.Relative));
        using var registrationMissing = await registration.GetAsync(new Uri($"/Persons/{missing}", UriKind.Relative));
        using var missingWithReason = await viewer.StateReasonAsync($"/Persons/{missing}", Reason);

        viewerMissing.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        Normalised(await viewerMissing.Content.ReadAsStringAsync(), missing).ShouldBe(Normalised(await viewerExisting.Content.ReadAsStringAsync(), person.Id));
        adminExisting.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        registrationMissing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        missingWithReason.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task PersonPage_Security_SeesBiodataAndMayOpenTheNeedsInAnEmergency()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        var person = await factory.RegisterPersonAsync();
        using var security = await factory.SignedInBrowserAsync("dariush.security", Roles.Security);

        var before = await security.GetPageAsync($"/Persons/{person.Id}");
        using var opened = await security.StateReasonAsync($"/BreakGlass/Person/{person.Id}", Reason);
        var after = await security.GetPageAsync($"/Persons/{person.Id}");

        before.ShouldContain("Mohammad");
        before.ShouldNotContain("Serious medical condition");
        before.ShouldContain($"<a href=\"/BreakGlass/Person/{person.Id}\">Open them in an emergency</a>");
        opened.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        after.ShouldContain("Serious medical condition (SM)");
        after.ShouldNotContain("Open them in an emergency");
    }

    [Fact]
    public async Task CasePage_Tracing_OpensMembersButNotTheHistory()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        var person = await factory.RegisterPersonAsync();
        using var tracing = await factory.SignedInBrowserAsync("laleh.tracing", Roles.Tracing);

        using var denied = await tracing.GetAsync(new Uri($"/Cases/{person.CaseId}", UriKind.Relative));
        using var opened = await tracing.StateReasonAsync($"/Cases/{person.CaseId}", Reason);
        var record = await tracing.GetPageAsync($"/Cases/{person.CaseId}");

        denied.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await denied.Content.ReadAsStringAsync()).ShouldContain($"action=\"/BreakGlass/Case/{person.CaseId}\"");
        opened.Headers.Location!.ToString().ShouldBe($"/Cases/{person.CaseId}");
        record.ShouldContain(person.RegistrationNumber);
        record.ShouldContain("Opened in an emergency until");
        record.ShouldNotContain("<h2 id=\"history\">");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ReviewQueue_Auditor_MarksTheAccessJustifiedWithTheirName(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var person = await factory.RegisterPersonAsync();
        using var viewer = await factory.SignedInBrowserAsync("shirin.viewer", Roles.Viewer);
        (await viewer.StateReasonAsync($"/Persons/{person.Id}", Reason)).Dispose();
        using var auditor = await factory.SignedInBrowserAsync("maryam.auditor", Roles.Auditor);
        var grant = await factory.WithDbAsync(db => db.BreakGlassGrants.SingleAsync());

        var queue = await auditor.GetPageAsync("/Audit/BreakGlass");
        using var reviewed = await auditor.PostFormAsync("/Audit/BreakGlass", new Dictionary<string, string>
        {
            ["grant"] = grant.Id.ToString(),
            ["justified"] = "true",
            ["note"] = "Attack confirmed by the camp clinic",
        });
        var pending = await auditor.GetPageAsync(reviewed.Headers.Location!.ToString());
        var all = await auditor.GetPageAsync("/Audit/BreakGlass?all=true");
        using var viewerQueue = await viewer.GetAsync(new Uri("/Audit/BreakGlass", UriKind.Relative));

        queue.ShouldContain("shirin.viewer opened a person record");
        queue.ShouldContain(Reason);
        reviewed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        pending.ShouldContain("The review was recorded.");
        pending.ShouldContain("Nothing is waiting for review.");
        all.ShouldContain("<strong>Justified</strong>, by maryam.auditor");
        all.ShouldContain("Attack confirmed by the camp clinic");
        viewerQueue.Headers.Location!.ToString().ShouldContain("/Account/Denied");
    }

    /// <summary>The page without what differs between two requests: the antiforgery token and the record's id.</summary>
    private static string Normalised(string html, Guid id) =>
        AntiforgeryInput().Replace(html, "").Replace(id.ToString(), "ID", StringComparison.Ordinal);

    [GeneratedRegex("<input name=\"__RequestVerificationToken\"[^>]*>")]
    private static partial Regex AntiforgeryInput();
}
