using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Testing;
using Passage.Web.Tests.Access;

namespace Passage.Web.Tests.Pages;

public sealed class ExportPagesTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Registry_ExportButton_CarriesTheFiltersAndDownloadsWhatTheListShows(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        await factory.RegisterPersonAsync(PassageWebFactory.SampleDetails("Zahra", "Rezaei") with { Sex = "Female" });
        await factory.RegisterPersonAsync(PassageWebFactory.SampleDetails("Hossein", "Karimi") with { Sex = "Male" });
        using var browser = await factory.SignedInBrowserAsync("fatemeh.karimi", Roles.Registration);

        var list = await browser.GetPageAsync("/Persons?sex=Female");
        using var file = await browser.GetAsync("/Persons?handler=Export&sex=Female&format=Csv");

        list.ShouldContain("<form method=\"get\" action=\"/Persons\" class=\"export\"");
        list.ShouldContain("<input type=\"hidden\" name=\"sex\" value=\"Female\">");
        list.ShouldContain("<option value=\"Xlsx\">");
        list.ShouldNotContain("HXL");
        file.StatusCode.ShouldBe(HttpStatusCode.OK);
        file.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("persons.csv");
        var text = Encoding.UTF8.GetString(await file.Content.ReadAsByteArrayAsync());
        text.ShouldContain("Rezaei");
        text.ShouldNotContain("Karimi");
        (await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.Exported && a.UserName == "fatemeh.karimi"))).ShouldBe(1);
    }

    [Fact]
    public async Task Registry_RoleThatMayNotExport_SeesNoButtonAndIsRefusedTheFile()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        await factory.RegisterPersonAsync();
        using var browser = await factory.SignedInBrowserAsync("reza.movement", Roles.Movement);

        var list = await browser.GetPageAsync("/Persons");
        using var file = await browser.GetAsync("/Persons?handler=Export&format=Csv");

        list.ShouldNotContain("class=\"export\"");
        file.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        file.Headers.Location!.OriginalString.ShouldContain("/Account/Denied");
        (await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.Exported))).ShouldBe(0);
    }

    [Fact]
    public async Task Dashboard_EachTable_OffersAnExportWithHxlThatDownloadsTheHashtagRow()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        using var browser = await factory.SignedInBrowserAsync("sara.viewer", Roles.Viewer);

        var page = await browser.GetPageAsync("/Dashboard");
        using var file = await browser.GetAsync("/Dashboard?handler=Export&table=Pipeline&format=Csv&hxl=true");

        page.ShouldContain("<input type=\"hidden\" name=\"table\" value=\"Pipeline\">");
        page.ShouldContain("With HXL hashtags");
        file.StatusCode.ShouldBe(HttpStatusCode.OK);
        Encoding.UTF8.GetString(await file.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n")[1]
            .ShouldBe("#status+stage,#indicator+cases+num,#affected,#indicator+median_days+num,#indicator+p90_days+num");
    }
}
