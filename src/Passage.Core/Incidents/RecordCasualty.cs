using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.Registry;
using Passage.Core.Storage;

namespace Passage.Core.Incidents;

/// <summary>What the security officer enters for a casualty: the person by registration number, the outcome, the follow-up.</summary>
public sealed record CasualtyDetails(string? RegistrationNumber, CasualtyOutcome? Outcome, string? MedicalFollowUp = null);

/// <summary>
/// Records a registered person as injured or killed in an incident (the security officer). A death is the one way a
/// case becomes Deceased: once every member of the case has been recorded killed, the case closes through this flow, its
/// referral's places and booking's seats given back, and the step recorded in its history without a word of the incident.
/// </summary>
public sealed class RecordCasualty(PassageDbContext db, Actor actor, CaseFactsQuery facts, TimeProvider clock)
{
    public async Task<Result<CasualtyView>> ExecuteAsync(Guid incidentId, CasualtyDetails details, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.WriteIncidents))
        {
            return Problem.NotFound(nameof(Incident));
        }

        var incident = await db.Incidents.SingleOrDefaultAsync(i => i.Id == incidentId, ct);
        if (incident is null)
        {
            return Problem.NotFound(nameof(Incident));
        }

        var errors = new ValidationErrors();
        var number = RecordNumber.Parse(details.RegistrationNumber);
        var person = number is null || number.Kind == NumberedKind.Case
            ? null
            : await db.Persons.SingleOrDefaultAsync(p => p.RegistrationNumber == number.RegistrationNumber && p.MergedIntoId == null, ct);
        if (person is null)
        {
            errors.Add(nameof(details.RegistrationNumber), "Give the registration number of a registered person, for example PSG-000123.");
        }

        if (details.Outcome is not { } outcome || !Enum.IsDefined(outcome))
        {
            errors.Add(nameof(details.Outcome), "Say whether the person was injured or killed.");
        }

        var followUp = TextRules.FreeText(details.MedicalFollowUp, nameof(details.MedicalFollowUp), errors);
        if (person is not null)
        {
            if (await db.Casualties.AnyAsync(c => c.IncidentId == incidentId && c.PersonId == person.Id, ct))
            {
                errors.Add(nameof(details.RegistrationNumber), "This person is recorded in this incident already.");
            }
            else if (await db.Casualties.AnyAsync(c => c.PersonId == person.Id && c.Outcome == CasualtyOutcome.Killed, ct))
            {
                errors.Add(nameof(details.RegistrationNumber), "This person is recorded as killed already.");
            }
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var now = clock.GetUtcNow();
        var casualty = incident.AddCasualty(person!.Id, details.Outcome!.Value, followUp, actor, now);
        await using var transaction = await db.Database.BeginOrNestTransactionAsync(ct);
        Guid? released = null;
        if (casualty.Outcome == CasualtyOutcome.Killed && await CaseEndsAsync(person.CaseId, person.Id, ct) is { } @case)
        {
            var closedFrom = CaseClosing.ClosesFrom(@case);
            var moved = @case.TryMoveThrough(CaseFlow.Incident, CaseStatus.Deceased, "Every member of the case has died",
                await facts.ExecuteAsync(@case.Id, ct), actor, now);
            if (!moved.Succeeded)
            {
                db.ChangeTracker.Clear();
                return moved.Problem!;
            }

            released = await CaseClosing.EndHoldingsAsync(db, @case.Id, closedFrom, CaseStatus.Deceased, now, ct);
        }

        try
        {
            await CaseClosing.SaveAsync(db, released, actor, now, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problem.Conflict();
        }

        await transaction.CommitAsync(ct);
        return new CasualtyView(casualty.Id, incidentId, casualty.Outcome, person.Id, person.RegistrationNumber, person.FullName, person.FullNameArabic, followUp);
    }

    /// <summary>The open case, tracked, whose last living member is <paramref name="dead"/>; null when others of it are alive or it is closed.</summary>
    private async Task<Case?> CaseEndsAsync(Guid caseId, Guid dead, CancellationToken ct)
    {
        var othersAlive = await db.Persons.AnyAsync(
            p => p.CaseId == caseId && p.Id != dead
                && !db.Casualties.Any(c => c.PersonId == p.Id && c.Outcome == CasualtyOutcome.Killed), ct);
        if (othersAlive)
        {
            return null;
        }

        var @case = await db.Cases.SingleAsync(c => c.Id == caseId, ct);
        return CaseStatuses.IsOpen(@case.Status) ? @case : null;
    }
}
