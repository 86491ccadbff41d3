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
/// With the registry's index, the matching engine is asked first: while it proposes likely duplicates that the caller has
/// not confirmed to be different people, the answer is <see cref="LikelyDuplicates"/> and nothing is saved.
/// </summary>
public sealed class RegisterPerson(PassageDbContext db, Actor actor, TimeProvider clock, RegistryIndex? index = null)
{
    private readonly FindDuplicates? _duplicates = index is null ? null : new FindDuplicates(db, actor, index, clock);

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

        var valid = details.Validate(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        if (!valid.Succeeded)
        {
            return valid.Problem!;
        }

        var candidates = _duplicates is null ? [] : (await _duplicates.ExecuteAsync(details, null, ct)).Value;
        var confirmed = distinctFrom?.PersonIds ?? [];
        if (candidates.Any(c => !confirmed.Contains(c.PersonId)))
        {
            return LikelyDuplicates.Problem(candidates);
        }

        var registered = await RegisterAsync(valid.Value, joinCaseId, distinctFrom, ct);
        return registered.Succeeded || candidates.Count == 0 ? registered : LikelyDuplicates.With(registered.Problem!, candidates);
    }

    private async Task<Result<Person>> RegisterAsync(ValidPersonDetails valid, Guid? joinCaseId, DistinctFrom? distinctFrom, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
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

            if (CaseMembership.Frozen(@case) is { } frozen)
            {
                return Problem.Invalid("CaseId", frozen);
            }

            await CaseMembership.RecountReferralAsync(db, @case.Id, +1, ct);
        }

        if (@case is null)
        {
            @case = Case.Open(NumberIssuer.CaseNumber(await NumberIssuer.NextAsync(db, NumberSequence.Cases, ct)), actor, now);
            db.Cases.Add(@case);
        }

        var number = NumberIssuer.RegistrationNumber(await NumberIssuer.NextAsync(db, NumberSequence.Persons, ct));
        var person = Person.Register(number, valid, @case.Id, now);
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
