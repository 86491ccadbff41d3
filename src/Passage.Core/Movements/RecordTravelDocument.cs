using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Registry;
using Passage.Core.Storage;

namespace Passage.Core.Movements;

/// <summary>
/// Records the travel document a person leaves with: its number and the name exactly as printed, which the manifest carries.
/// Manifests already issued for a movement the person is booked on get a new version.
/// </summary>
public sealed class RecordTravelDocument(PassageDbContext db, Actor actor, TimeProvider clock)
{
    public const int NumberLength = 30;

    public async Task<Result<TravelDocument>> ExecuteAsync(Guid personId, string? number, string? nameInDocument, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.ManageMovements) || !await db.Persons.AnyAsync(p => p.Id == personId, ct))
        {
            return Problem.NotFound(nameof(Person));
        }

        var errors = new ValidationErrors();
        var documentNumber = TextRules.Name(number, "Number", errors, NumberLength);
        var name = TextRules.Name(nameInDocument, "NameInDocument", errors, TextRules.LineLength);
        if (documentNumber is null)
        {
            errors.Add("Number", "Give the document's number.");
        }

        if (name is null)
        {
            errors.Add("NameInDocument", "Give the name exactly as the document prints it.");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var now = clock.GetUtcNow();
        var document = await db.TravelDocuments.SingleOrDefaultAsync(d => d.PersonId == personId, ct);
        if (document is null)
        {
            document = TravelDocument.Record(personId, documentNumber!, name!, actor, now);
            db.TravelDocuments.Add(document);
        }
        else
        {
            document.Change(documentNumber!, name!, actor, now);
        }

        var movements = await db.Bookings.Where(b => b.Status != BookingStatus.Released && b.Passengers.Any(p => p.PersonId == personId))
            .Select(b => b.MovementId).ToListAsync(ct);
        await using var transaction = await db.Database.BeginOrNestTransactionAsync(ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return Problem.Conflict();
        }

        foreach (var movementId in movements)
        {
            await Manifests.RefreshAsync(db, movementId, actor, now, ct);
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return document;
    }
}
