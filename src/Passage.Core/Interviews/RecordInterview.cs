using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Interviews;

/// <summary>
/// Records an individual interview as a new version that supersedes the person's earlier ones (nothing is updated in place).
/// When it completes the interviews of every adult of a registered case, the case moves to Interviewed in the same history.
/// </summary>
public sealed class RecordInterview(PassageDbContext db, Actor actor, CaseFactsQuery facts, TimeProvider clock)
{
    public async Task<Result<Interview>> ExecuteAsync(Guid personId, InterviewDetails details, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.WriteInterviewRecord))
        {
            return Problem.NotFound("Person");
        }

        var person = await db.Persons.AsNoTracking().SingleOrDefaultAsync(p => p.Id == personId, ct);
        if (person is null)
        {
            return Problem.NotFound("Person");
        }

        var now = clock.GetUtcNow();
        var valid = details.Validate(DateOnly.FromDateTime(now.UtcDateTime));
        if (!valid.Succeeded)
        {
            return valid.Problem!;
        }

        var travelWith = valid.Value.TravelWith;
        if (travelWith.Count > 0)
        {
            var inCase = await db.Persons.AsNoTracking().Where(p => p.CaseId == person.CaseId && travelWith.Contains(p.RegistrationNumber))
                .Select(p => p.RegistrationNumber).ToListAsync(ct);
            var outside = travelWith.Except(inCase, StringComparer.Ordinal).ToList();
            if (outside.Count > 0)
            {
                return Problem.Invalid(nameof(InterviewDetails.TravelWith),
                    $"Not in this person's case: {string.Join(", ", outside)}. Move family members into the case first, or record the wish in the protection notes.");
            }
        }

        var sequence = (await db.Interviews.Where(i => i.PersonId == personId).MaxAsync(i => (int?)i.Sequence, ct) ?? 0) + 1;
        var interview = Interview.Record(personId, sequence, valid.Value, actor, now);
        db.Interviews.Add(interview);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another officer recorded an interview of the same person at the same moment: the unique sequence refused ours.
            return Problem.Conflict();
        }

        await MoveCaseWhenEveryAdultInterviewedAsync(person.CaseId, now, ct);
        return interview;
    }

    private async Task MoveCaseWhenEveryAdultInterviewedAsync(Guid caseId, DateTimeOffset now, CancellationToken ct)
    {
        var @case = await db.Cases.SingleAsync(c => c.Id == caseId, ct);
        if (@case.Status != CaseStatus.Registered)
        {
            return;
        }

        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var members = await db.Persons.AsNoTracking().Where(p => p.CaseId == caseId).ToListAsync(ct);
        var adults = members.Where(p => p.IsAdultOn(today)).Select(p => p.Id).ToList();
        var interviewed = await db.Interviews.Where(i => adults.Contains(i.PersonId)).Select(i => i.PersonId).Distinct().CountAsync(ct);
        if (interviewed < adults.Count)
        {
            return;
        }

        var moved = @case.TryMoveThrough(CaseFlow.Interview, CaseStatus.Interviewed, "Every adult of the case interviewed individually", await facts.ExecuteAsync(caseId, ct), actor, now);
        if (moved.Succeeded)
        {
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Someone else changed the case meanwhile; the interview is saved, and the next interview recorded in the case tries the move again.
            }
        }
    }
}
