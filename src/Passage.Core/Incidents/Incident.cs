using Passage.Core.Accounts;

namespace Passage.Core.Incidents;

/// <summary>
/// Something that happened in the camp and hurt or endangered its residents, as the security officer records it. Its
/// casualties are kept apart (<see cref="Casualty"/>): who they are is the most dangerous data in the system.
/// </summary>
public sealed class Incident
{
    private readonly List<Casualty> _casualties = [];

    private Incident()
    {
    }

    public Guid Id { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public IncidentType Type { get; private set; }

    /// <summary>Where in the camp: a block, a gate, a road.</summary>
    public string Location { get; private set; } = "";

    /// <summary>What happened; read with the casualties, since it may name them.</summary>
    public string? Description { get; private set; }

    /// <summary>Where the account comes from; read with the casualties, since it may name people.</summary>
    public string? Sources { get; private set; }

    public string RecordedByName { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }

    public long Version { get; private set; }

    public IReadOnlyList<Casualty> Casualties => _casualties;

    internal static Incident Record(ValidIncident details, Actor actor, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        OccurredAt = details.OccurredAt,
        Type = details.Type,
        Location = details.Location,
        Description = details.Description,
        Sources = details.Sources,
        RecordedByName = actor.UserName,
        RecordedAt = now,
        Version = 1,
    };

    internal Casualty AddCasualty(Guid personId, CasualtyOutcome outcome, string? followUp, Actor actor, DateTimeOffset now)
    {
        var casualty = new Casualty(Id, personId, outcome, followUp, actor, now);
        _casualties.Add(casualty);
        Version++;
        return casualty;
    }
}

/// <summary>The checked fields of a new incident.</summary>
internal sealed record ValidIncident(DateTimeOffset OccurredAt, IncidentType Type, string Location, string? Description, string? Sources);

/// <summary>The kinds of incident the security officer chooses from.</summary>
public enum IncidentType
{
    IndirectFire = 1,
    DirectFire = 2,
    Explosion = 3,
    Fire = 4,
    Assault = 5,
    Accident = 6,
    Other = 99,
}

/// <summary>Labels for people.</summary>
public static class IncidentTypes
{
    public static string Label(IncidentType type) => type switch
    {
        IncidentType.IndirectFire => "Indirect fire (rockets, mortars)",
        IncidentType.DirectFire => "Direct fire",
        IncidentType.Explosion => "Explosion",
        IncidentType.Fire => "Fire",
        IncidentType.Assault => "Assault",
        IncidentType.Accident => "Accident",
        _ => "Other",
    };
}
