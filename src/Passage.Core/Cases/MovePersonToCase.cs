using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Registry;
using Passage.Core.Storage;

namespace Passage.Core.Cases;

/// <summary>The outcome of moving a person: the case they are now in, and warnings about family left in other cases.</summary>
public sealed record PersonMoved(Guid CaseId, string CaseNumber, IReadOnlyList<string> Warnings);

/// <summary>
/// Moves a person from their case to another open case, or to a new case of their own, with a reason recorded
/// in the history of both cases.
/// </summary>
public sealed class MovePersonToCase(PassageDbContext db, Actor actor, TimeProvider clock)
{
    public async Task<Result<PersonMoved>> ExecuteAsync(Guid personId, Guid? targetCaseId, string? reason, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.ManageCaseMembers))
        {
            return Problem.NotFound("Person");
        }

        var person = await db.Persons.SingleOrDefaultAsync(p => p.Id == personId, ct);
        if (person is null)
        {
            return Problem.NotFound("Person");
        }

        var checkedReason = TextRules.Required(reason, "Reason", "Say why the person moves to another case.");
        if (!checkedReason.Succeeded)
        {
            return checkedReason.Problem!;
        }

        var source = await db.Cases.SingleAsync(c => c.Id == person.CaseId, ct);
        if (!CaseStatuses.IsOpen(source.Status))
        {
            return Problem.Refused($"Case {source.CaseNumber} is {CaseStatuses.Label(source.Status)}; its members no longer move.");
        }

        if (CaseMembership.Frozen(source) is { } sourceFrozen)
        {
            return Problem.Refused(sourceFrozen);
        }

        var now = clock.GetUtcNow();
        Case target;
        if (targetCaseId is { } id)
        {
            if (id == source.Id)
            {
                return Problem.Invalid("TargetCaseId", "The person is already in that case.");
            }

            var found = await db.Cases.SingleOrDefaultAsync(c => c.Id == id, ct);
            if (found is null)
            {
                return Problem.Invalid("TargetCaseId", "That case does not exist.");
            }

            if (!CaseStatuses.IsOpen(found.Status))
            {
                return Problem.Refused($"Case {found.CaseNumber} is {CaseStatuses.Label(found.Status)}; a person can join only an open case.");
            }

            if (CaseMembership.Frozen(found) is { } targetFrozen)
            {
                return Problem.Refused(targetFrozen);
            }

            target = found;
            await CaseMembership.RecountReferralAsync(db, target.Id, +1, ct);
        }
        else
        {
            target = Case.Open(NumberIssuer.CaseNumber(await NumberIssuer.NextAsync(db, NumberSequence.Cases, ct)), actor, now);
            db.Cases.Add(target);
        }

        await CaseMembership.RecountReferralAsync(db, source.Id, -1, ct);
        var why = checkedReason.Value;
        source.RecordMembership(person.RegistrationNumber, joined: false, why, actor, now);
        target.RecordMembership(person.RegistrationNumber, joined: true, why, actor, now);
        person.MoveToCase(target.Id, now);

        var warnings = await FamilyLeftBehindAsync(person, source, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problem.Conflict();
        }

        return new PersonMoved(target.Id, target.CaseNumber, warnings);
    }

    private async Task<List<string>> FamilyLeftBehindAsync(Person person, Case source, CancellationToken ct)
    {
        var relatives = await db.FamilyLinks.AsNoTracking()
            .Where(l => l.PersonId == person.Id || l.RelatedPersonId == person.Id)
            .Select(l => l.PersonId == person.Id ? l.RelatedPersonId : l.PersonId)
            .ToListAsync(ct);
        var leftBehind = await db.Persons.AsNoTracking()
            .Where(p => relatives.Contains(p.Id) && p.CaseId == source.Id)
            .Select(p => p.RegistrationNumber)
            .ToListAsync(ct);
        return leftBehind.Count == 0
            ? []
            : [$"Family members stay in case {source.CaseNumber}: {string.Join(", ", leftBehind.Order(StringComparer.Ordinal))}. The family link is kept across cases."];
    }
}
