using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Registry.Matching;
using Passage.Core.Storage;

namespace Passage.Core.Registry;

/// <summary>Changes a person's biodata, refusing the change when someone else changed the person since it was read.</summary>
public sealed class UpdatePerson(PassageDbContext db, Actor actor, TimeProvider clock, RegistryIndex? index = null)
{
    public async Task<Result<Person>> ExecuteAsync(Guid id, long expectedVersion, PersonDetails details, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.WriteBiodata))
        {
            return Problem.NotFound("Person");
        }

        var person = await db.Persons.Include(p => p.Aliases).Include(p => p.Needs).Include(p => p.SearchKeys)
            .SingleOrDefaultAsync(p => p.Id == id, ct);
        if (person is null)
        {
            return Problem.NotFound("Person");
        }

        if (person.AnonymisedAt is not null)
        {
            return Problem.Refused("This record was anonymised at the end of its retention period; its biodata is not changed any more.");
        }

        if (person.Version != expectedVersion)
        {
            return Problem.Conflict();
        }

        var now = clock.GetUtcNow();
        var valid = details.Validate(DateOnly.FromDateTime(now.UtcDateTime));
        if (!valid.Succeeded)
        {
            return valid.Problem!;
        }

        person.UpdateBiodata(valid.Value, now);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problem.Conflict();
        }

        index?.Update(person);
        return person;
    }
}
