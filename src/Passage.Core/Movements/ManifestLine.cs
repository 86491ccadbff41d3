namespace Passage.Core.Movements;

/// <summary>
/// One passenger on a manifest: the minimum a carrier and the receiving country's border need, and nothing more (DESIGN.md,
/// "minimum to others"). The field list is <see cref="ManifestFields.Names"/>, tested as such.
/// </summary>
/// <remarks>The name in Arabic script is there so the person is known whichever script a border officer reads.</remarks>
public sealed record ManifestLine(string NameAsInTravelDocument, string NameInArabicScript, string DateOfBirth, string Sex, string DocumentNumber, string SeatNeeds)
{
    public string[] Cells => [NameAsInTravelDocument, NameInArabicScript, DateOfBirth, Sex, DocumentNumber, SeatNeeds];
}

/// <summary>The column headings of a manifest, in order.</summary>
public static class ManifestFields
{
    public static readonly IReadOnlyList<string> Names = ["Name as in travel document", "Name in Arabic script", "Date of birth", "Sex", "Document number", "Seat needs"];
}
