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

    /// <summary>Persons written per batch; progress is reported after each.</summary>
    public const int BatchSize = 5000;

    /// <param name="file">The file's content.</param>
    /// <param name="format">How to read it.</param>
    /// <param name="progress">Told, in words without personal data, what the import is doing: for a console.</param>
    /// <param name="ct">Cancels the import; until the commit nothing of it is saved.</param>
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
        var existing = await db.Cases.AsNoTracking().Where(c => numbers.Contains(c.CaseNumber)).ToDictionaryAsync(c => c.CaseNumber, StringComparer.Ordinal, ct);
        var caseErrors = rows.Where(r => r.CaseNumber is not null).Select(r => CaseError(r, existing)).OfType<ImportError>().ToList();
        if (caseErrors.Count > 0)
        {
            return ToProblem(caseErrors);
        }

        try
        {
            return await WriteAsync(rows, existing, now, progress, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problem.Conflict();
        }
    }

    /// <summary>
    /// Writes every row in one transaction, in batches past change tracking (thousands of tracked rows cost more than
    /// the database does), the audit entries last: the chain head stays locked from then until the commit.
    /// </summary>
    private async Task<ImportSummary> WriteAsync(
        IReadOnlyList<ImportRow> rows, Dictionary<string, Case> existing, DateTimeOffset now, IProgress<string>? progress, CancellationToken ct)
    {
        var newCases = ImportPlan.NewCaseCount(rows);
        var nextPerson = await NumberIssuer.ReserveAsync(db, NumberSequence.Persons, rows.Count, ct);
        var nextCase = newCases > 0 ? await NumberIssuer.ReserveAsync(db, NumberSequence.Cases, newCases, ct) : 0;
        // Persons are registered on other threads while the cases are written; a failed or cancelled write stops those
        // not yet started instead of letting them register persons that will never be saved.
        using var registering = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var plan = ImportPlan.Make(rows, existing, nextPerson, nextCase, newCases, Reason, actor, now, registering.Token);
        List<ImportedPerson> persons;
        try
        {
            progress?.Report($"Saving {rows.Count} persons in one transaction ...");
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await using var cache = await SqliteCache.EnlargeAsync(db, ct);
            var inserter = new BulkInserter(db);
            await JoinExistingCasesAsync(plan, inserter, ct);
            await inserter.InsertAsync(plan.NewCases, ct);
            await inserter.InsertAsync(plan.NewCases.SelectMany(c => c.Events), ct);
            progress?.Report($"Written {newCases} new cases.");
            var written = 0;
            foreach (var registered in plan.Batches)
            {
                var batch = await registered;
                await inserter.InsertAsync(batch.Persons, ct);
                await inserter.InsertAsync(batch.Persons.SelectMany(p => p.Aliases.Select(a => (a, p.Id))), nameof(PersonAlias.PersonId), ct);
                await inserter.InsertAsync(batch.Persons.SelectMany(p => p.Needs.Select(n => (n, p.Id))), nameof(PersonNeed.PersonId), ct);
                await inserter.InsertAsync(batch.SearchKeys, nameof(PersonSearchKey.PersonId), ct);
                written += batch.Persons.Length;
                progress?.Report($"Written {written} of {rows.Count} persons.");
            }

            persons = plan.Persons(rows).ToList();
            var entries = ImportAudit.Of(plan, persons, actor, now).ToList();
            progress?.Report($"Sealing {entries.Count + 1} audit entries onto the chain ...");
            audit.Record(AuditAction.Imported, nameof(Person), "import",
                $"import: {rows.Count} persons, {newCases} new cases, {existing.Count} existing cases");
            await db.SaveChangesAsync(ct);
            await AuditChain.AppendAsync(db, entries, ct);
            await transaction.CommitAsync(ct);
            progress?.Report($"Committed {rows.Count} persons in {newCases} new cases and {existing.Count} existing cases.");
        }
        finally
        {
            await registering.CancelAsync();
        }

        await UpdateIndexAsync(persons.Select(p => p.Person).ToList(), ct);
        return new ImportSummary(rows.Count, newCases, existing.Count);
    }

    /// <summary>
    /// Records the joins of existing cases: their membership events, their new member count (refused as a conflict when
    /// the case changed since it was read) and the persons of their active referral.
    /// </summary>
    private async Task JoinExistingCasesAsync(ImportPlan plan, BulkInserter inserter, CancellationToken ct)
    {
        foreach (var (@case, versionBefore) in plan.Joined.Values)
        {
            await CaseMembership.RecountReferralAsync(db, @case.Id, @case.Events.Count, ct);
            var updated = await db.Cases.Where(c => c.Id == @case.Id && c.Version == versionBefore).ExecuteUpdateAsync(
                set => set.SetProperty(c => c.Members, @case.Members).SetProperty(c => c.Version, @case.Version).SetProperty(c => c.UpdatedAt, @case.UpdatedAt),
                ct);
            if (updated != 1)
            {
                throw new DbUpdateConcurrencyException($"Case {@case.CaseNumber} changed while the import read it.");
            }
        }

        await inserter.InsertAsync(plan.Joined.Values.SelectMany(j => j.Case.Events), ct);
    }

    private async Task UpdateIndexAsync(List<Person> persons, CancellationToken ct)
    {
        // An index not built yet (the command line's) reads every person when it is; until then it finds nobody anyway.
        if (index is not { IsBuilt: true })
        {
            return;
        }

        index.Update(persons);
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

        if (!CaseStatuses.IsOpen(@case.Status))
        {
            return new ImportError(row.Line, PersonColumns.CaseNumber, $"Case {row.CaseNumber} is {CaseStatuses.Label(@case.Status)}; a closed case takes no new members.");
        }

        return CaseMembership.Frozen(@case) is { } frozen ? new ImportError(row.Line, PersonColumns.CaseNumber, frozen) : null;
    }
}
