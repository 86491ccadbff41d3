using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Incidents;

/// <summary>What the security officer enters for an incident.</summary>
public sealed record IncidentDetails(DateTimeOffset? OccurredAt, IncidentType? Type, string? Location, string? Description = null, string? Sources = null);

/// <summary>Records an incident in the camp (the security officer). Its casualties are recorded one by one afterwards.</summary>
public sealed class RecordIncident(PassageDbContext db, Actor actor, TimeProvider clock)
{
    public async Task<Result<Incident>> ExecuteAsync(IncidentDetails details, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.WriteIncidents))
        {
            return Problem.NotFound(nameof(Incident));
        }

        var errors = new ValidationErrors();
        var now = clock.GetUtcNow();
        if (details.OccurredAt is not { } at)
        {
            errors.Add(nameof(details.OccurredAt), "Give the date and time of the incident.");
        }
        else
        {
            OperationDates.CheckPast(DateOnly.FromDateTime(at.UtcDateTime), DateOnly.FromDateTime(now.UtcDateTime), nameof(details.OccurredAt), errors);
        }

        if (details.Type is not { } type || !Enum.IsDefined(type))
        {
            errors.Add(nameof(details.Type), "Choose the kind of incident.");
        }

        var location = TextRules.Name(details.Location, nameof(details.Location), errors, TextRules.LineLength);
        if (location is null)
        {
            errors.Add(nameof(details.Location), "Say where in the camp it happened, for example a block or a gate.");
        }

        var description = TextRules.FreeText(details.Description, nameof(details.Description), errors);
        var sources = TextRules.FreeText(details.Sources, nameof(details.Sources), errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var incident = Incident.Record(new ValidIncident(details.OccurredAt!.Value.ToUniversalTime(), details.Type!.Value, location!, description, sources), actor, now);
        db.Incidents.Add(incident);
        await db.SaveChangesAsync(ct);
        return incident;
    }
}
