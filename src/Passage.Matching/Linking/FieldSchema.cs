using Passage.Matching.Records;
using Passage.Matching.Scoring;

namespace Passage.Matching.Linking;

/// <summary>Chooses the fields to compare from what the records hold.</summary>
public static class FieldSchema
{
    /// <summary>
    /// Given and family names apart when every record with a name has them apart, otherwise the full
    /// name; then father, birth and sex when any record has them; then each named attribute.
    /// </summary>
    public static IReadOnlyList<FieldDefinition> For(IReadOnlyList<PreparedRecord> records, IReadOnlyList<string> attributeNames)
    {
        var fields = new List<FieldDefinition>();
        var split = records.Any(r => !r.Given.IsEmpty || !r.Family.IsEmpty) && records.All(r => r.Name.IsEmpty || !r.Given.IsEmpty || !r.Family.IsEmpty);
        if (split)
        {
            fields.Add(new FieldDefinition("given_name", FieldKind.GivenName));
            fields.Add(new FieldDefinition("family_name", FieldKind.FamilyName));
        }
        else
        {
            fields.Add(new FieldDefinition("name", FieldKind.FullName));
        }

        if (records.Any(r => !r.Father.IsEmpty))
        {
            fields.Add(new FieldDefinition("father", FieldKind.Father));
        }

        if (records.Any(r => r.Birth is not null))
        {
            fields.Add(new FieldDefinition("birth", FieldKind.Birth));
        }

        if (records.Any(r => r.Sex != Comparison.Sex.Unknown))
        {
            fields.Add(new FieldDefinition("sex", FieldKind.Sex));
        }

        for (var i = 0; i < attributeNames.Count && fields.Count < 16; i++)
        {
            fields.Add(new FieldDefinition(attributeNames[i], FieldKind.Attribute, i));
        }

        return fields;
    }
}
