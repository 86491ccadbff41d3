namespace Passage.Core.FamilyContact;

/// <summary>
/// A request the security officer should look at: its requester asked about many people, asked too often, or asked about a
/// person named in an incident. The requester is told nothing of it; the tracing officer does not see it either.
/// </summary>
public sealed class FamilyRequestFlag
{
    private FamilyRequestFlag()
    {
    }

    internal FamilyRequestFlag(Guid requestId, FlagReason reason, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        RequestId = requestId;
        Reason = reason;
        RaisedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid RequestId { get; private set; }

    public FlagReason Reason { get; private set; }

    public DateTimeOffset RaisedAt { get; private set; }
}

public enum FlagReason
{
    /// <summary>The requester asked about more different people than the threshold within the window.</summary>
    ManyPeople = 1,

    /// <summary>The requester asked more often than allowed and was refused.</summary>
    RequesterLimit = 2,

    /// <summary>More requests about one name than allowed, whoever asked.</summary>
    SoughtNameLimit = 3,

    /// <summary>The person sought may be a casualty of an incident.</summary>
    NamedInIncident = 4,
}

public static class FlagReasons
{
    public static string Label(FlagReason reason) => reason switch
    {
        FlagReason.ManyPeople => "Asked about many people",
        FlagReason.RequesterLimit => "Asked too often (refused)",
        FlagReason.SoughtNameLimit => "Many requests about one name (refused)",
        FlagReason.NamedInIncident => "Asked about a person named in an incident",
        _ => reason.ToString(),
    };
}
