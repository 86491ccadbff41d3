using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.Registry.Import;
using Passage.Core.Storage;

namespace Passage.Core.Registry.Export;

/// <summary>What an export wrote: how many persons, and which columns.</summary>
public sealed record ExportSummary(int Persons, IReadOnlyList<string> Fields);

/// <summary>
/// Writes the persons the actor may see as CSV or XLSX, with only the columns of <see cref="ExportFields"/> and every cell
/// neutralised against formula injection. One audit entry records the export: its count, format and columns, no names.
/// Personal data carries no HXL tags.
/// </summary>
public sealed class ExportPersons(PassageDbContext db, Actor actor, AuditLog audit)
{
    public async Task<Result<ExportSummary>> ExecuteAsync(PersonFileFormat format, Stream output, CancellationToken ct = default)
    {
        var fields = ExportFields.For(actor);
        if (fields.Count == 0)
        {
            return Problem.Refused("Your role may not export person records.");
        }

        var persons = await db.Persons.AsNoTracking().AsSplitQuery()
            .Include(p => p.Aliases).Include(p => p.Needs)
            .OrderBy(p => p.RegistrationNumber)
            .ToListAsync(ct);
        var cases = await db.Cases.AsNoTracking().Select(c => new { c.Id, c.CaseNumber, c.Status }).ToDictionaryAsync(c => c.Id, ct);

        audit.Record(AuditAction.Exported, nameof(Person), "export",
            $"export: {persons.Count} persons, {format.ToString().ToUpperInvariant()}, fields: {string.Join(", ", fields)}");
        await db.SaveChangesAsync(ct);

        var rows = persons.Select(p => fields.Select(f => SpreadsheetText.Neutralise(Value(p, f, cases[p.CaseId].CaseNumber, cases[p.CaseId].Status))).ToArray());
        await PersonFileWriter.WriteAsync(output, format, fields, rows, ct);
        return new ExportSummary(persons.Count, fields);
    }

    private static string Value(Person person, string field, string caseNumber, CaseStatus status) => field switch
    {
        PersonColumns.RegistrationNumber => person.RegistrationNumber,
        PersonColumns.GivenName => person.GivenName,
        PersonColumns.FamilyName => person.FamilyName,
        PersonColumns.FatherName => person.FatherName ?? "",
        PersonColumns.GivenNameArabic => person.GivenNameArabic ?? "",
        PersonColumns.FamilyNameArabic => person.FamilyNameArabic ?? "",
        PersonColumns.FatherNameArabic => person.FatherNameArabic ?? "",
        PersonColumns.Sex => person.Sex.ToString(),
        PersonColumns.BirthDate => person.BirthDate.ToString(),
        PersonColumns.CampBlock => person.CampBlock,
        PersonColumns.CampUnit => person.CampUnit,
        PersonColumns.Aliases => string.Join(PersonColumns.ListSeparator, person.Aliases.Select(a => a.Name)),
        PersonColumns.Needs => string.Join(PersonColumns.ListSeparator, person.Needs.Select(n => n.Code)),
        PersonColumns.CaseNumber => caseNumber,
        PersonColumns.CaseStatus => status.ToString(),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not an export column."),
    };
}
