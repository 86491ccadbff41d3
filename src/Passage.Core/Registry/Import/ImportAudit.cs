using System.Globalization;
using System.Text;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Cases;

namespace Passage.Core.Registry.Import;

/// <summary>
/// The audit entries of an import: for each person one entry per field group written (<see cref="FieldGroup.Biodata"/>,
/// and <see cref="FieldGroup.SpecificNeeds"/> when the row has needs), naming the file line and the fields, never their
/// values; one entry per new case and per existing case joined. The rows the entries cover (search keys, aliases, case
/// events) are written with them in the same transaction, so each change stays audited without a line per row.
/// </summary>
internal static class ImportAudit
{
    public static IEnumerable<AuditEntry> Of(ImportPlan plan, IEnumerable<ImportedPerson> persons, Actor actor, DateTimeOffset now)
    {
        foreach (var (line, person) in persons)
        {
            var id = person.Id.ToString();
            yield return AuditEntry.Record(actor, AuditAction.Created, nameof(Person), id, Detail(line, FieldGroup.Biodata, BiodataFields(person)), now);
            if (person.Needs.Count > 0)
            {
                yield return AuditEntry.Record(actor, AuditAction.Created, nameof(Person), id, Detail(line, FieldGroup.SpecificNeeds, PersonColumns.Needs), now);
            }
        }

        foreach (var @case in plan.NewCases)
        {
            yield return AuditEntry.Record(actor, AuditAction.Created, nameof(Case), @case.Id.ToString(),
                string.Create(CultureInfo.InvariantCulture, $"import; opened; members: {@case.Members}"), now);
        }

        foreach (var (@case, _) in plan.Joined.Values)
        {
            yield return AuditEntry.Record(actor, AuditAction.Updated, nameof(Case), @case.Id.ToString(),
                string.Create(CultureInfo.InvariantCulture, $"import; fields: {nameof(Case.Members)}; joined: {@case.Events.Count}"), now);
        }
    }

    private static string Detail(int line, FieldGroup group, string fields) =>
        string.Create(CultureInfo.InvariantCulture, $"import, line {line}; {group}: {fields}");

    private static string BiodataFields(Person person)
    {
        var fields = new StringBuilder(PersonColumns.GivenName).Append(", ").Append(PersonColumns.FamilyName);
        void Optional(string? value, string column)
        {
            if (value is not null)
            {
                fields.Append(", ").Append(column);
            }
        }

        Optional(person.FatherName, PersonColumns.FatherName);
        Optional(person.GivenNameArabic, PersonColumns.GivenNameArabic);
        Optional(person.FamilyNameArabic, PersonColumns.FamilyNameArabic);
        Optional(person.FatherNameArabic, PersonColumns.FatherNameArabic);
        fields.Append(", ").Append(PersonColumns.Sex).Append(", ").Append(PersonColumns.BirthDate)
            .Append(", ").Append(PersonColumns.CampBlock).Append(", ").Append(PersonColumns.CampUnit);
        Optional(person.Aliases.Count > 0 ? "" : null, PersonColumns.Aliases);
        return fields.ToString();
    }
}
