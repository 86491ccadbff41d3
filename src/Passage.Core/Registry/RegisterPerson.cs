using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.Registry.Matching;
using Passage.Core.Storage;

namespace Passage.Core.Registry;

/// <summary>
/// Registers a new resident: validates the biodata, issues a registration number, and puts the person in an
/// existing open case or a new one of their own. Nothing is saved when validation fails.
/// </summary>
public sealed class RegisterPerson(PassageDbContext db, Actor actor, TimeProvider clock, RegistryIndex? index = null)
{
    /// <param name="details">The biodata typed.</param>
    /// <param name="joinCaseId">An open case to join; null opens a new case.</param>
    /// <param name="distinctFrom">Persons proposed as duplicates that the clerk found to be different people, with the reason; remembered.</param>
    /// <param name="ct">Cancels the registration.</param>
    public async Task<Result<Person>> ExecuteAsync(PersonDetails details, Guid? joinCaseId = null, DistinctFrom? distinctFrom = null, CancellationToken ct = default)
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

        string? distinctReason = null;
        if (distinctFrom is { PersonIds.Count: > 0 })
        {
            var why = TextRules.Required(distinctFrom.Reason, "DistinctReason", "Say why this is a different person from the one proposed.");
            if (!why.Succeeded)
            {
                return why.Problem!;
            }

            distinctReason = why.Value;
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
        foreach (var other in distinctFrom?.PersonIds.Distinct() ?? [])
        {
            db.DistinctPersons.Add(DistinctPersons.Record(person.Id, other, distinctReason!, actor, now));
        }

        await db.SaveChangesAsync(ct);
        index?.Update(person);
        return person;
    }
}
