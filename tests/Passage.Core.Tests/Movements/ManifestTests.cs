using System.Text;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Movements;
using Passage.Core.Tests.Pledges;
using Passage.Testing;

namespace Passage.Core.Tests.Movements;

public class ManifestTests
{
    private static readonly string[] MinimumFields = ["Name as in travel document", "Name in Arabic script", "Date of birth", "Sex", "Document number", "Seat needs"];

    [Fact]
    public void ManifestFields_AreTheMinimumTheMovementNeeds_AndNothingElse()
    {
        ManifestFields.Names.ShouldBe(MinimumFields);
        typeof(ManifestLine).GetProperties().Where(p => p.Name != nameof(ManifestLine.Cells)).Select(p => p.Name)
            .ShouldBe(["NameAsInTravelDocument", "NameInArabicScript", "DateOfBirth", "Sex", "DocumentNumber", "SeatNeeds"]);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Manifest_CsvAndXlsx_HoldTheFieldListOnlyWithTheNameAsPrintedInTheDocument(DatabaseProvider provider)
    {
        using var scene = MovementScene.Create(provider);
        var pledge = await scene.Resettlement.PledgeAsync("DE", 20);
        var (caseId, members) = await scene.ClearedCaseAsync(pledge,
            ResettlementScene.Details("Kazem", "Moradi", "1955-03-02", "کاظم", "مرادی", "Male", "SM", "TR"),
            ResettlementScene.Details("Maryam", "Moradi", "1960", "مریم", "مرادی", "Female"));
        var movement = await scene.PlanAsync("DE", seats: 10, escorts: 2);
        (await scene.BookAsync(movement.Id, caseId)).Succeeded.ShouldBeTrue();
        await RecordDocumentAsync(scene, members[0].Id, "LP-0042917", "MORADI KAZIM");
        var issued = (await scene.IssueAsync(movement.Id)).Value;

        var csv = await scene.DownloadAsync(scene.As(Roles.Movement), movement.Id, issued.Number, ManifestFormat.Csv);
        var xlsx = await scene.DownloadAsync(scene.As(Roles.CountryDelegate, "DE"), movement.Id, issued.Number, ManifestFormat.Xlsx);

        var text = Encoding.UTF8.GetString(csv.Value.Content).TrimStart('\uFEFF');
        text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).ShouldBe([
            string.Join(',', MinimumFields),
            "MORADI KAZIM,کاظم مرادی,1955-03-02,Male,LP-0042917,medical escort",
            "Maryam Moradi,مریم مرادی,1960,Female,,",
        ]);
        text.ShouldNotContain("Torture");
        text.ShouldNotContain(members[0].RegistrationNumber);
        using var workbook = new XLWorkbook(new MemoryStream(xlsx.Value.Content));
        var sheet = workbook.Worksheet(1);
        Enumerable.Range(1, 7).Select(c => sheet.Cell(1, c).GetString()).ShouldBe([.. MinimumFields, ""]);
        sheet.Cell(2, 2).GetString().ShouldBe("کاظم مرادی");
        sheet.Cell(2, 1).GetString().ShouldBe("MORADI KAZIM");
        await using var db = scene.Context();
        (await db.AuditEntries.CountAsync(e => e.Action == AuditAction.Exported && e.EntityType == nameof(ManifestVersion))).ShouldBe(2);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Manifest_AChangeAfterIssue_IssuesTheNextVersionAndThePreviousStaysAsItWas(DatabaseProvider provider)
    {
        using var scene = MovementScene.Create(provider);
        var pledge = await scene.Resettlement.PledgeAsync("DE", 20);
        var (caseId, members) = await scene.FamilyAsync(pledge);
        var movement = await scene.PlanAsync("DE", seats: 10);
        (await scene.BookAsync(movement.Id, caseId)).Succeeded.ShouldBeTrue();
        var first = (await scene.IssueAsync(movement.Id)).Value;
        var unchanged = (await scene.IssueAsync(movement.Id)).Value;

        (await scene.NoShowAsync(movement.Id, members[3].Id, "Stayed with her aunt")).Succeeded.ShouldBeTrue();

        (first.Number, unchanged.Number).ShouldBe((1, 1));
        var view = (await scene.ViewAsync(scene.As(Roles.Movement), movement.Id)).Value;
        view.Manifests.Select(m => (m.Number, m.Passengers)).ShouldBe([(2, 3), (1, 4)]);
        view.ManifestChanged.ShouldBeFalse();
        var old = await scene.DownloadAsync(scene.As(Roles.Movement), movement.Id, 1, ManifestFormat.Csv);
        var current = await scene.DownloadAsync(scene.As(Roles.Movement), movement.Id, 2, ManifestFormat.Csv);
        Encoding.UTF8.GetString(old.Value.Content).ShouldContain("Narges Rezaei");
        Encoding.UTF8.GetString(current.Value.Content).ShouldNotContain("Narges Rezaei");
        old.Value.FileName.ShouldBe("manifest-IraqiAirways-IA231-20261130-v1.csv");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Manifest_Pdf_ListsEveryPassengerUnderTheFieldListInBothScripts(DatabaseProvider provider)
    {
        using var scene = MovementScene.Create(provider);
        var pledge = await scene.Resettlement.PledgeAsync("DE", 20);
        var (caseId, _) = await scene.FamilyAsync(pledge);
        var movement = await scene.PlanAsync("DE", seats: 10);
        (await scene.BookAsync(movement.Id, caseId)).Succeeded.ShouldBeTrue();
        var issued = (await scene.IssueAsync(movement.Id)).Value;

        var pdf = await scene.DownloadAsync(scene.As(Roles.Resettlement), movement.Id, issued.Number, ManifestFormat.Pdf);

        pdf.Value.ContentType.ShouldBe("application/pdf");
        var text = PdfText.All(pdf.Value.Content);
        text.ShouldContain("Passenger manifest - Iraqi Airways IA 231, version 1");
        foreach (var field in MinimumFields)
        {
            text.ShouldContain(field.Split(' ')[0]);
        }

        text.ShouldContain("Hossein Rezaei");
        text.ShouldContain("حسین رضایی");
        text.ShouldContain("1968-04");
    }

    private static async Task RecordDocumentAsync(MovementScene scene, Guid personId, string number, string name)
    {
        var actor = scene.As(Roles.Movement);
        await using var db = scene.Context();
        (await new RecordTravelDocument(db, actor, scene.Resettlement.Clock).ExecuteAsync(personId, number, name)).Succeeded.ShouldBeTrue();
    }
}
