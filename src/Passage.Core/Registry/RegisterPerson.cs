using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Registry;

/// <summary>
/// Registers a new resident: validates the biodata, issues a registration number, and puts the person in an
/// existing open case or a new one of their own. Nothing is saved when validation fails.
/// </summary>
public sealed class RegisterPerson(PassageDbContext db, Actor actor, TimeProvider clock)
{
    public async Task<Result<Person>> ExecuteAsync(PersonDetails details, Guid? joinCaseId = null, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.WriteBiodata))
        {
            return Problem.NotFound("Registry");
        }

        var now = clock.GetUtcNow();
        var valid = details.Validate(DateOnly.FromDateTime(now.UtcDateTime));
        if (!valid.Succeeded)
        {
            return valid.Problem!;
        }

        Case? @case = null;
        if (joinCaseId is { } caseId)
        {
            @case = await db.Cases.SingleOrDefaultAsync(c => c.Id == caseId, ct);
            if (@case is null)
            {
                return Problem.Invalid("CaseId", "That case does not exist.");
            }

            if (!CaseStatuses.IsOpen(@case.Status))
            {
                return Problem.Invalid("CaseId", $"Case {@case.CaseNumber} is {CaseStatuses.Label(@case.Status)}; a person can join only an open case.");
            }
        }

        if (@case is null)
        {
            @case = Case.Open(NumberIssuer.CaseNumber(await NumberIssuer.NextAsync(db, NumberSequence.Cases, ct)), actor, now);
            db.Cases.Add(@case);
        }

        var number = NumberIssuer.RegistrationNumber(await NumberIssuer.NextAsync(db, NumberSequence.Persons, ct));
        var person = Person.Register(number, valid.Value, @case.Id, now);
        @case.RecordMembership(number, joined: true, "Registered", actor, now);
        db.Persons.Add(person);
        await db.SaveChangesAsync(ct);
        return person;
    }
}
