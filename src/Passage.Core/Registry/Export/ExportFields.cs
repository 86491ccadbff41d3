using Passage.Core.Accounts;
using Passage.Core.Registry.Import;

namespace Passage.Core.Registry.Export;

/// <summary>
/// The columns of a person export for one actor, built from what their roles may read (DESIGN.md, "minimum to others"):
/// biodata only with <see cref="Permission.ReadBiodata"/>, case and status only with <see cref="Permission.ReadCases"/>,
/// specific needs only with <see cref="Permission.ReadSpecificNeeds"/>. Empty when the actor may not export at all.
/// </summary>
public static class ExportFields
{
    private static readonly string[] Biodata =
    [
        PersonColumns.RegistrationNumber, PersonColumns.GivenName, PersonColumns.FamilyName, PersonColumns.FatherName,
        PersonColumns.GivenNameArabic, PersonColumns.FamilyNameArabic, PersonColumns.FatherNameArabic, PersonColumns.Sex,
        PersonColumns.BirthDate, PersonColumns.CampBlock, PersonColumns.CampUnit, PersonColumns.Aliases,
    ];

    public static IReadOnlyList<string> For(Actor actor)
    {
        // An export holds every person: only grants over every record count.
        if (!actor.CanEverywhere(Permission.ExportPersons) || !actor.CanEverywhere(Permission.ReadBiodata))
        {
            return [];
        }

        var fields = new List<string>(Biodata);
        if (actor.CanEverywhere(AccessPolicy.ReadPermission(FieldGroup.CaseStatus)))
        {
            fields.AddRange([PersonColumns.CaseNumber, PersonColumns.CaseStatus]);
        }

        if (actor.CanEverywhere(AccessPolicy.ReadPermission(FieldGroup.SpecificNeeds)))
        {
            fields.Add(PersonColumns.Needs);
        }

        return fields;
    }
}
