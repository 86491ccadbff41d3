using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Registry;

/// <summary>
/// Removes the family link between two persons, from whichever side it was recorded (a link recorded in error, or a
/// relationship to record anew). The persons and their cases are untouched; the removal is audited like any change.
/// </summary>
public sealed class UnlinkFamilyMembers(PassageDbContext db, Actor actor)
{
    /// <summary>The related person's registration number, for the message of what happened.</summary>
    public async Task<Result<string>> ExecuteAsync(Guid personId, Guid relatedPersonId, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.WriteBiodata) || !await db.Persons.AnyAsync(p => p.Id == personId, ct))
        {
            return Problem.NotFound("Person");
        }

        var links = await db.FamilyLinks
            .Where(l => (l.PersonId == personId && l.RelatedPersonId == relatedPersonId) || (l.PersonId == relatedPersonId && l.RelatedPersonId == personId))
            .ToListAsync(ct);
        if (links.Count == 0)
        {
            return Problem.NotFound("Family link");
        }

        var number = await db.Persons.Where(p => p.Id == relatedPersonId).Select(p => p.RegistrationNumber).SingleAsync(ct);
        db.FamilyLinks.RemoveRange(links);
        await db.SaveChangesAsync(ct);
        return number;
    }
}
