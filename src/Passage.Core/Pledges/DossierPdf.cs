namespace Passage.Core.Pledges;

/// <summary>
/// The dossier as a PDF for people at the receiving country. Drawn from the <see cref="Dossier"/> alone, so it can hold
/// nothing the field list leaves out. Names are given in Latin script here; the structured file also carries the Arabic script.
/// </summary>
public static class DossierPdf
{
    public static byte[] Render(Dossier dossier)
    {
        var lines = new List<SimplePdf.TextLine>
        {
            new($"Submission dossier - case {dossier.CaseNumber}", Bold: true, Size: 16),
            new(""),
            new($"Receiving country: {dossier.ReceivingCountry} ({CountryCode.Name(dossier.ReceivingCountry)})"),
            new($"Generated on: {dossier.GeneratedOn:yyyy-MM-dd}"),
            new($"Family composition: {dossier.Members.Count} person(s)"),
        };
        foreach (var member in dossier.Members)
        {
            lines.Add(new(""));
            lines.Add(new($"{member.RegistrationNumber} - {member.GivenName} {member.FamilyName} ({member.RelationshipToPrincipal})", Bold: true, Size: 11));
            if (member.FatherName is not null)
            {
                lines.Add(new($"Father's name: {member.FatherName}"));
            }

            lines.Add(new($"Sex: {member.Sex}    Date of birth: {member.BirthDate}"));
            lines.Add(new($"Specific needs: {(member.SpecificNeeds.Count == 0 ? "none recorded" : string.Join(", ", member.SpecificNeeds))}"));
        }

        return SimplePdf.Write($"Submission dossier {dossier.CaseNumber}", lines);
    }
}
