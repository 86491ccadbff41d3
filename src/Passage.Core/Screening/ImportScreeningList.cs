using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Registry.Import;
using Passage.Core.Storage;

namespace Passage.Core.Screening;

/// <summary>What an import did: the list's revision and the references it added, removed and changed, and the pass that followed.</summary>
public sealed record ListImported(Guid ListId, int Revision, IReadOnlyList<string> Added, IReadOnlyList<string> Removed, IReadOnlyList<string> Changed, ScreeningOutcome Screening);

/// <summary>
/// The security officer imports a list, or a newer version of one (<c>listId</c>): all or nothing, every bad row reported with
/// its line. A newer version adds, changes and removes entries by their reference. The whole registry is then screened against
/// the list, reporting to <c>progress</c> as it goes. Nothing is ever sent to the list's owner.
/// </summary>
public sealed class ImportScreeningList(PassageDbContext db, Actor actor, TimeProvider clock)
{
    public async Task<Result<ListImported>> ExecuteAsync(
        Guid? listId, ListDetails details, Stream file, PersonFileFormat format, IProgress<string>? progress = null, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.ScreenAgainstLists))
        {
            return Problem.NotFound("Screening list");
        }

        var list = listId is { } id ? await db.ScreeningLists.SingleOrDefaultAsync(l => l.Id == id, ct) : null;
        if (listId is not null && list is null)
        {
            return Problem.NotFound("Screening list");
        }

        var now = clock.GetUtcNow();
        var valid = details.Validate(DateOnly.FromDateTime(now.UtcDateTime));
        if (!valid.Succeeded)
        {
            return valid.Problem!;
        }

        if (list is not null && valid.Value.ListDate < list.ListDate)
        {
            return Problem.Invalid(nameof(details.ListDate), $"This list's version of {list.ListDate:yyyy-MM-dd} is newer; import a version of that date or later.");
        }

        var (entries, errors) = ListFileParser.Parse(file, format);
        if (errors.Count > 0)
        {
            return ImportPersons.ToProblem(errors);
        }

        List<string> added = [], removed = [], changed = [];
        if (list is null)
        {
            list = ScreeningList.Create(valid.Value, actor, now);
            db.ScreeningLists.Add(list);
        }
        else
        {
            list.Revise(valid.Value, actor, now);
        }

        var existing = await db.ScreeningEntries.Where(e => e.ListId == list.Id).ToDictionaryAsync(e => e.Reference, StringComparer.Ordinal, ct);
        foreach (var entry in entries)
        {
            if (existing.TryGetValue(entry.Reference, out var old))
            {
                if (old.Revise(entry))
                {
                    changed.Add(entry.Reference);
                }
            }
            else
            {
                db.ScreeningEntries.Add(ScreeningEntry.Add(list.Id, entry));
                added.Add(entry.Reference);
            }
        }

        var references = entries.Select(e => e.Reference).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in existing.Values.Where(e => e.RemovedAt is null && !references.Contains(e.Reference)))
        {
            gone.Remove(now);
            removed.Add(gone.Reference);
        }

        db.ScreeningImports.Add(ScreeningImport.Of(list, entries.Count, added, removed, changed));
        await db.SaveChangesAsync(ct);
        progress?.Report($"List saved: {added.Count:N0} added, {removed.Count:N0} removed, {changed.Count:N0} changed. Screening the registry ...");
        var outcome = await ScreeningPass.RunAsync(db, db.Persons, [list.Id], now, ct, progress);
        list.Screened(now);
        await db.SaveChangesAsync(ct);
        return new ListImported(list.Id, list.Revision, added, removed, changed, outcome);
    }
}
