using System.Net;
using Passage.Core.Accounts;
using Passage.Testing;

namespace Passage.Web.Tests.Pages;

public sealed class DuplicateScanPageTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task DuplicatesPage_ScanStarted_AnswersAtOnceAndShowsWhoStartedItAndTheOutcome(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        await factory.RegisterPersonAsync(PassageWebFactory.SampleDetails("Mohammad", "Hosseini", "1984-03-02"));
        await factory.RegisterPersonAsync(PassageWebFactory.SampleDetails("Muhammad", "Husseini", "1984-03-02"));
        using var browser = await factory.SignedInBrowserAsync("fatemeh.karimi", Roles.Registration);
        (await browser.GetPageAsync("/Duplicates")).ShouldContain("No scan has been run yet.");

        using var started = await browser.PostFormAsync("/Duplicates?handler=Scan", new Dictionary<string, string>());
        (await started.Content.ReadAsStringAsync()).ShouldContain("The scan has started.");
        await factory.WhenLatestScanFinishedAsync();
        var status = await browser.GetPageAsync("/Duplicates?handler=Status");

        status.ShouldContain("The last scan finished.");
        status.ShouldContain("by fatemeh.karimi");
        status.ShouldContain("<dd>2 of 2</dd>");
        status.ShouldContain("data-running=\"false\"");
        status.ShouldNotContain("<html");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task DuplicatesPage_StartWhileAScanRuns_IsRefusedWithAClearMessageAndShowsTheRunningScan(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        using var browser = await factory.SignedInBrowserAsync("fatemeh.karimi", Roles.Registration);
        await factory.QueueScanElsewhereAsync("hamid.rahimi");

        using var refused = await browser.PostFormAsync("/Duplicates?handler=Scan", new Dictionary<string, string>());
        var html = await refused.Content.ReadAsStringAsync();

        html.ShouldContain("A scan is running already (started by hamid.rahimi at");
        html.ShouldContain("A scan is waiting to start.");
        html.ShouldContain("data-running=\"true\"");
        html.ShouldContain("/js/scan-status.js");
    }

    [Fact]
    public async Task DuplicatesPage_RoleWithoutBiodataWrites_IsDeniedThePageItsStatusAndTheStart()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        using var browser = await factory.SignedInBrowserAsync("leila.ahmadi", Roles.Protection);

        using var page = await browser.GetAsync(new Uri("/Duplicates", UriKind.Relative));
        using var status = await browser.GetAsync(new Uri("/Duplicates?handler=Status", UriKind.Relative));

        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.Headers.Location!.ToString().ShouldContain("/Account/Denied");
        status.Headers.Location!.ToString().ShouldContain("/Account/Denied");
    }
}
