using Passage.Core.Documents;

namespace Passage.Core.Pledges;

/// <summary>
/// The dossier as a PDF for people at the receiving country. Drawn from the <see cref="Dossier"/> alone, so it can hold
/// nothing the field list leaves out. Each name is given in Latin and in Arabic script.
/// </summary>
public static class DossierPdf
{
    public static byte[] Render(Dossier dossier)
    {
        var document = new DocumentBuilder($"Submission dossier - case {dossier.CaseNumber}")
            .Paragraph($"Receiving country: {dossier.ReceivingCountry} ({CountryCode.Name(dossier.ReceivingCountry)})")
            .Paragraph($"Generated on: {dossier.GeneratedOn:yyyy-MM-dd}")
            .Paragraph($"Family composition: {dossier.Members.Count} person(s)");
        foreach (var member in dossier.Members)
        {
            document
                .Heading($"{member.RegistrationNumber} - {member.GivenName} {member.FamilyName} ({member.RelationshipToPrincipal})")
                .Table(
                    [new("Name", 1), new("Latin script", 2), new("Arabic script", 2)],
                    [
                        ["Given name", member.GivenName, member.GivenNameArabic ?? ""],
                        ["Family name", member.FamilyName, member.FamilyNameArabic ?? ""],
                        ["Father's name", member.FatherName ?? "", member.FatherNameArabic ?? ""],
                    ])
                .Paragraph($"Sex: {member.Sex} · Date of birth: {member.BirthDate}")
                .Paragraph($"Specific needs: {(member.SpecificNeeds.Count == 0 ? "none recorded" : string.Join(", ", member.SpecificNeeds))}");
        }

        return document.ToPdf();
    }
}
