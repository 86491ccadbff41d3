using Passage.Core.Accounts;

namespace Passage.Core.Incidents;

/// <summary>
/// A registered person hurt or killed in an incident. Who it is is read only with <see cref="FieldGroup.Casualties"/> or an
/// emergency grant to this one casualty; everyone else of the operation sees only how many.
/// </summary>
public sealed class Casualty
{
    private Casualty()
    {
    }

    internal Casualty(Guid incidentId, Guid personId, CasualtyOutcome outcome, string? followUp, Actor actor, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        IncidentId = incidentId;
        PersonId = personId;
        Outcome = outcome;
        MedicalFollowUp = followUp;
        RecordedByName = actor.UserName;
        RecordedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid IncidentId { get; private set; }

    public Guid PersonId { get; private set; }

    public CasualtyOutcome Outcome { get; private set; }

    /// <summary>Where the person is treated and what follows: a medical note, read only with the casualty.</summary>
    public string? MedicalFollowUp { get; private set; }

    public string RecordedByName { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>Removes the medical note (retention, decision 0021); the outcome stays counted.</summary>
    internal void Anonymise() => MedicalFollowUp = null;
}

public enum CasualtyOutcome
{
    Injured = 1,
    Killed = 2,
}

/// <summary>Labels for people.</summary>
public static class CasualtyOutcomes
{
    public static string Label(CasualtyOutcome outcome) => outcome == CasualtyOutcome.Killed ? "Killed" : "Injured";
}
