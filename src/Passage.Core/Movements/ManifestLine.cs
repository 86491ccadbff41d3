namespace Passage.Core.Movements;

/// <summary>
/// One passenger on a manifest: the minimum a carrier and the receiving country's border need, and nothing more (DESIGN.md,
/// "minimum to others"). The field list is <see cref="ManifestFields.Names"/>, tested as such.
/// </summary>
public sealed record ManifestLine(string NameAsInTravelDocument, string DateOfBirth, string Sex, string DocumentNumber, string SeatNeeds)
{
    public string[] Cells => [NameAsInTravelDocument, DateOfBirth, Sex, DocumentNumber, SeatNeeds];
}

/// <summary>The column headings of a manifest, in order.</summary>
public static class ManifestFields
{
    public static readonly IReadOnlyList<string> Names = ["Name as in travel document", "Date of birth", "Sex", "Document number", "Seat needs"];
}
