using System.Net;
using System.Text;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Testing;

namespace Passage.Web.Tests.Api;

public sealed class ExportsApiTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Persons_CsvWithAFilter_IsADownloadOfTheListsPersonsNeutralisedAndAudited(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        await factory.RegisterPersonAsync(PassageWebFactory.SampleDetails("Zahra", "=Rezaei") with { Sex = "Female" });
        await factory.RegisterPersonAsync(PassageWebFactory.SampleDetails("Hossein", "Karimi") with { Sex = "Male" });
        using var api = await factory.ApiClientAsync("leila.protection", Roles.Protection);

        using var response = await api.GetAsync("/api/v1/exports/persons?format=Csv&sex=Female");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        response.Content.Headers.ContentDisposition.FileNameStar.ShouldBe("persons.csv");
        var lines = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(2);
        lines[1].ShouldContain(",Zahra,'=Rezaei,");
        var entry = await factory.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == AuditAction.Exported));
        (entry.UserName, entry.EntityType).ShouldBe(("leila.protection", "Person"));
        entry.Detail.ShouldNotBeNull().ShouldContain("filters: sex=Female;");
        entry.Detail.ShouldContain("; 1 rows; PSG-");
    }

    [Fact]
    public async Task Cases_Xlsx_IsAWorkbookOfTextCells()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        await factory.RegisterPersonAsync();
        using var api = await factory.ApiClientAsync("reza.movement", Roles.Movement);

        using var response = await api.GetAsync("/api/v1/exports/cases?format=Xlsx");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        workbook.Worksheet(1).Row(1).CellsUsed().Select(c => c.GetString()).ShouldBe(["CaseNumber", "Status", "Members", "Country", "WaitingSince"]);
        workbook.Worksheet(1).Cell(2, 1).GetString().ShouldBe("C-000001");
    }

    [Theory]
    [InlineData(Roles.Movement)]
    [InlineData(Roles.Security)]
    [InlineData(Roles.Viewer)]
    [InlineData(Roles.Auditor)]
    public async Task Persons_RoleThatMayNotExportTheRegistry_IsForbidden(string role)
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        using var api = await factory.ApiClientAsync("user." + role.ToLowerInvariant(), role);

        using var response = await api.GetAsync("/api/v1/exports/persons");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Persons_WithHxl_IsAProblemNamingHxl()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        using var api = await factory.ApiClientAsync("fatemeh.registration", Roles.Registration);

        using var response = await api.GetAsync("/api/v1/exports/persons?hxl=true");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.JsonAsync()).GetProperty("errors").TryGetProperty("hxl", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Aggregates_PublicBySexWithHxl_HasTheHashtagRow()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        using var api = await factory.ApiClientAsync("sara.viewer", Roles.Viewer);

        using var response = await api.GetAsync("/api/v1/exports/aggregates/PublicBySex?hxl=true");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var lines = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines.ShouldBe(["Country,Female,Male,Total", "#country+code,#affected+f,#affected+m,#affected+total"]);
    }
}
