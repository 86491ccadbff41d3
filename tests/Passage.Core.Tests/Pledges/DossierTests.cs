using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Interviews;
using Passage.Core.Pledges;
using Passage.Core.Registry;
using Passage.Testing;

namespace Passage.Core.Tests.Pledges;

public class DossierTests
{
    [Fact]
    public void Dossier_Properties_AreExactlyTheTestedFieldList()
    {
        static IEnumerable<string> Fields(Type type) => type.GetProperties().Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name));

        Fields(typeof(Dossier)).ShouldBe(DossierFields.Case, ignoreOrder: true);
        Fields(typeof(DossierMember)).ShouldBe(DossierFields.Member, ignoreOrder: true);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task BuildDossier_CaseWithInterviewsAndNeeds_HoldsOnlyTheListedFieldsAndNothingOfTheInterviews(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var clock = scene.Clock;
        var family = await scene.FamilyAsync();
        var grandmother = await scene.RegisterAsync(ResettlementScene.Details("Fatemeh", "Rezaei", "1941", "فاطمه", "رضایی", "Female", "SM", "ER"), family.CaseId);
        foreach (var adult in family.Adults.Append(grandmother))
        {
            await scene.InterviewAsync(adult.Id, ResettlementScene.Interview(ResettlementChoice.Resettle, "Disclosed threats by a neighbour", confidential: true));
        }

        var pledge = await scene.PledgeAsync("DE", 10);
        var referral = await scene.ReferAndSubmitAsync(family.CaseId, pledge.Id);

        var german = scene.As(Roles.CountryDelegate, "DE");
        await using var db = scene.Context();
        var dossier = (await new BuildDossier(db, german, new AuditLog(db, german, clock), clock).ExecuteAsync(referral)).Value;
        var json = DossierJson.Serialize(dossier);
        var pdf = DossierPdf.Render(dossier);

        using var document = JsonDocument.Parse(json);
        document.RootElement.EnumerateObject().Select(p => p.Name).ShouldBe(DossierFields.Case, ignoreOrder: true);
        var members = document.RootElement.GetProperty("members").EnumerateArray().ToList();
        members.ShouldAllBe(m => m.EnumerateObject().Select(p => p.Name).All(n => DossierFields.Member.Contains(n)));
        members.Count.ShouldBe(5);
        var text = Encoding.UTF8.GetString(json);
        var pdfText = PdfText.All(pdf);
        foreach (var secret in new[] { "Disclosed threats", "Leila Karimi", "Reza Ahmadi", "Persian", "Brother in Cologne", "Camp leadership", "Block" })
        {
            text.ShouldNotContain(secret);
            pdfText.ShouldNotContain(secret);
        }

        pdfText.ShouldContain($"{grandmother.RegistrationNumber} - Fatemeh Rezaei (Principal applicant)");
        pdfText.ShouldContain("فاطمه");
        pdfText.ShouldContain("رضایی");

        dossier.Members.Select(m => (m.RegistrationNumber, m.RelationshipToPrincipal)).ShouldBe(
        [
            (grandmother.RegistrationNumber, BuildDossier.Principal),
            (family.Father.RegistrationNumber, "Other member of the case"),
            (family.Mother.RegistrationNumber, "Other member of the case"),
            (family.Son.RegistrationNumber, "Other member of the case"),
            (family.Daughter.RegistrationNumber, "Other member of the case"),
        ]);
        dossier.Members[0].SpecificNeeds.ShouldBe([SpecificNeed.Label("ER"), SpecificNeed.Label("SM")]);
        dossier.Members[0].GivenNameArabic.ShouldBe("فاطمه");
        (await db.AuditEntries.CountAsync(a => a.Action == AuditAction.Exported && a.EntityId == referral.ToString() && a.UserName == german.UserName)).ShouldBe(1);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task BuildDossier_Family_DescribesEachMemberFromThePrincipalApplicant(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var clock = scene.Clock;
        var family = await scene.ReadyFamilyAsync();
        var pledge = await scene.PledgeAsync("DE", 10);
        var referral = (await scene.ReferAsync(family.CaseId, pledge.Id)).Value.ReferralId;

        var resettlement = scene.As(Roles.Resettlement);
        await using var db = scene.Context();
        var dossier = (await new BuildDossier(db, resettlement, new AuditLog(db, resettlement, clock), clock).ExecuteAsync(referral)).Value;

        dossier.Members.Select(m => m.RelationshipToPrincipal).ShouldBe([BuildDossier.Principal, "Spouse", "Child", "Child"]);
        dossier.Members.Select(m => m.GivenName).ShouldBe(["Hossein", "Zahra", "Ali", "Narges"]);
    }
}
