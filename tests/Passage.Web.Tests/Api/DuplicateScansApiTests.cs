using System.Net;
using Passage.Core.Accounts;
using Passage.Testing;

namespace Passage.Web.Tests.Api;

public sealed class DuplicateScansApiTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task StartScan_Answers202AtOnceThenTheStatusShowsTheFinishedScan(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        await factory.RegisterPersonAsync(PassageWebFactory.SampleDetails("Mohammad", "Hosseini", "1984-03-02"));
        await factory.RegisterPersonAsync(PassageWebFactory.SampleDetails("Muhammad", "Husseini", "1984-03-02"));
        using var api = await factory.ApiClientAsync("fatemeh.karimi", Roles.Registration);

        using var started = await api.PostJsonAsync("/api/v1/duplicate-scans", new { });
        started.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var id = (await started.JsonAsync()).GetProperty("id").GetInt64();
        started.Headers.Location!.ToString().ShouldBe($"/api/v1/duplicate-scans/{id}");
        await factory.WhenLatestScanFinishedAsync();
        using var latest = await api.GetAsync("/api/v1/duplicate-scans/latest");
        using var byId = await api.GetAsync($"/api/v1/duplicate-scans/{id}");

        var scan = await latest.JsonAsync();
        scan.GetProperty("id").GetInt64().ShouldBe(id);
        scan.GetProperty("status").GetString().ShouldBe("Completed");
        scan.GetProperty("startedBy").GetString().ShouldBe("fatemeh.karimi");
        scan.GetProperty("personsSearched").GetInt32().ShouldBe(2);
        scan.GetProperty("pairsProposed").GetInt32().ShouldBe(1);
        byId.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task StartScan_WhileAnotherRuns_Answers422WithTheReason(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        using var api = await factory.ApiClientAsync("fatemeh.karimi", Roles.Registration);
        var running = await factory.QueueScanElsewhereAsync("hamid.rahimi");

        using var refused = await api.PostJsonAsync("/api/v1/duplicate-scans", new { });
        using var latest = await api.GetAsync("/api/v1/duplicate-scans/latest");

        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await refused.JsonAsync()).GetProperty("detail").GetString()!.ShouldStartWith("A scan is running already (started by hamid.rahimi");
        (await latest.JsonAsync()).GetProperty("id").GetInt64().ShouldBe(running);
    }

    [Fact]
    public async Task ScanStatus_NoScanEverStarted_IsNotFound()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        using var api = await factory.ApiClientAsync("fatemeh.karimi", Roles.Registration);

        using var latest = await api.GetAsync("/api/v1/duplicate-scans/latest");
        using var unknown = await api.GetAsync("/api/v1/duplicate-scans/999");

        latest.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData(Roles.Protection)]
    [InlineData(Roles.Auditor)]
    public async Task Scans_RoleWithoutBiodataWrites_IsForbiddenToStartOrFollow(string role)
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        using var api = await factory.ApiClientAsync("someone", role);

        using var start = await api.PostJsonAsync("/api/v1/duplicate-scans", new { });
        using var latest = await api.GetAsync("/api/v1/duplicate-scans/latest");

        start.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        latest.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.DuplicateScans))).ShouldBe(0);
    }

    [Fact]
    public async Task StartScan_WithABrowserCookieInsteadOfAToken_IsNotAccepted()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        using var browser = await factory.SignedInBrowserAsync("fatemeh.karimi", Roles.Registration);

        using var start = await browser.PostAsync(new Uri("/api/v1/duplicate-scans", UriKind.Relative), new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));

        start.StatusCode.ShouldBeOneOf(HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden);
        (await factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.DuplicateScans))).ShouldBe(0);
    }
}
