using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.Registry.Matching;
using Passage.Core.Storage;

namespace Passage.Core.Registry.Import;

/// <summary>How many persons an import added, and in how many new cases.</summary>
public sealed record ImportSummary(int Persons, int NewCases, int ExistingCases);

/// <summary>
/// Registers the persons of a CSV or XLSX file, all or nothing: any bad row, or a case number that does not name an open
/// case, fails the whole import with every error listed by line. Persons get registration numbers from the system;
/// rows with the same FamilyKey share one new case, rows with a CaseNumber join that case, the others get a case each.
/// Every record written is audited, plus one entry for the import with its counts; the matching index learns the new persons.
/// </summary>
public sealed class ImportPersons(PassageDbContext db, Actor actor, AuditLog audit, TimeProvider clock, RegistryIndex? index = null)
{
    public const string Reason = "Imported from a file.";

    /// <param name="file">The file's content.</param>
    /// <param name="format">How to read it.</param>
    /// <param name="progress">Told, in words without personal data, what the import is doing: for a console.</param>
    /// <param name="ct">Cancels before anything is saved.</param>
    public async Task<Result<ImportSummary>> ExecuteAsync(Stream file, PersonFileFormat format, IProgress<string>? progress = null, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.ImportPersons))
        {
            return Problem.Refused("Only the registration team may import persons.");
        }

        var now = clock.GetUtcNow();
        var parsed = PersonFileParser.Parse(file, format, DateOnly.FromDateTime(now.UtcDateTime));
        if (!parsed.Succeeded)
        {
            return ToProblem(parsed.Errors);
        }

        var rows = parsed.Rows;
        progress?.Report($"Checked {rows.Count} rows: all valid.");
        var numbers = rows.Where(r => r.CaseNumber is not null).Select(r => r.CaseNumber!).Distinct(StringComparer.Ordinal).ToList();
        var existing = await db.Cases.Where(c => numbers.Contains(c.CaseNumber)).ToDictionaryAsync(c => c.CaseNumber, StringComparer.Ordinal, ct);
        var caseErrors = rows.Where(r => r.CaseNumber is not null).Select(r => CaseError(r, existing)).OfType<ImportError>().ToList();
        if (caseErrors.Count > 0)
        {
            return ToProblem(caseErrors);
        }

        // Adding thousands of rows with change detection on is quadratic; changes are detected once, before saving.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return await AddAsync(rows, existing, now, progress, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problem.Conflict();
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = true;
        }
    }

    private async Task<ImportSummary> AddAsync(
        IReadOnlyList<ImportRow> rows, Dictionary<string, Case> existing, DateTimeOffset now, IProgress<string>? progress, CancellationToken ct)
    {
        var families = rows.Where(r => r.CaseNumber is null && r.FamilyKey is not null).Select(r => r.FamilyKey!).Distinct(StringComparer.Ordinal).ToList();
        var newCases = families.Count + rows.Count(r => r.CaseNumber is null && r.FamilyKey is null);
        var nextPerson = await NumberIssuer.ReserveAsync(db, NumberSequence.Persons, rows.Count, ct);
        var nextCase = newCases > 0 ? await NumberIssuer.ReserveAsync(db, NumberSequence.Cases, newCases, ct) : 0;
        var familyCases = new Dictionary<string, Case>(StringComparer.Ordinal);
        var persons = new List<Person>(rows.Count);

        foreach (var row in rows)
        {
            Case target;
            if (row.CaseNumber is not null)
            {
                target = existing[row.CaseNumber];
            }
            else if (row.FamilyKey is not null && familyCases.TryGetValue(row.FamilyKey, out var family))
            {
                target = family;
            }
            else
            {
                target = Case.Open(NumberIssuer.CaseNumber(nextCase++), actor, now);
                db.Cases.Add(target);
                if (row.FamilyKey is not null)
                {
                    familyCases[row.FamilyKey] = target;
                }
            }

            var person = Person.Register(NumberIssuer.RegistrationNumber(nextPerson++), row.Details, target.Id, now);
            db.Persons.Add(person);
            persons.Add(person);
            target.RecordMembership(person.RegistrationNumber, joined: true, Reason, actor, now);
        }

        audit.Record(AuditAction.Imported, nameof(Person), "import",
            $"import: {rows.Count} persons, {newCases} new cases, {existing.Count} existing cases");
        progress?.Report($"Saving {rows.Count} persons in one transaction ...");
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);
        await UpdateIndexAsync(persons, ct);

        return new ImportSummary(rows.Count, newCases, existing.Count);
    }

    private async Task UpdateIndexAsync(List<Person> persons, CancellationToken ct)
    {
        if (index is null)
        {
            return;
        }

        foreach (var person in persons)
        {
            index.Update(person);
        }

        if (index.NeedsRebuild)
        {
            await index.RebuildAsync(db, ct);
        }
    }

    /// <summary>The problem a caller shows for a file with errors: one entry per line and field, in file order.</summary>
    public static Problem ToProblem(IEnumerable<ImportError> errors)
    {
        var list = errors.OrderBy(e => e.Line ?? 0).ToList();
        var byKey = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var group in list.GroupBy(e => e.Line is null ? e.Field : $"line {e.Line}: {e.Field}"))
        {
            byKey[group.Key] = group.Select(e => e.Message).ToArray();
        }

        var lines = list.Select(e => e.Line).Distinct().Count();
        return Problem.Invalid(byKey) with
        {
            Title = "The file was not imported.",
            Detail = $"Nothing was imported: {lines} {(lines == 1 ? "line has" : "lines have")} errors. Correct them and import the whole file again.",
        };
    }

    private static ImportError? CaseError(ImportRow row, Dictionary<string, Case> existing)
    {
        if (!existing.TryGetValue(row.CaseNumber!, out var @case))
        {
            return new ImportError(row.Line, PersonColumns.CaseNumber, $"There is no case {row.CaseNumber}.");
        }

        return CaseStatuses.IsOpen(@case.Status)
            ? null
            : new ImportError(row.Line, PersonColumns.CaseNumber, $"Case {row.CaseNumber} is {CaseStatuses.Label(@case.Status)}; a closed case takes no new members.");
    }
}
