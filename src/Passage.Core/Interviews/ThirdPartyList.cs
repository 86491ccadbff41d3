using Passage.Core.Accounts;

namespace Passage.Core.Interviews;

/// <summary>What a list sent by a third party claims about the people on it.</summary>
public enum ThirdPartyListKind
{
    /// <summary>The sender says these people are ready to leave.</summary>
    ReadyToLeave = 1,

    /// <summary>The sender says these people are not to be moved.</summary>
    NotToBeMoved = 2,
}

/// <summary>
/// A list of residents received from a third party (for example the camp's leadership), kept as a received document.
/// It changes nobody's status or choice: only a resident's own interview does.
/// </summary>
public sealed class ThirdPartyList
{
    private readonly List<ThirdPartyListEntry> _entries = [];

    private ThirdPartyList()
    {
    }

    public Guid Id { get; private set; }

    public string Sender { get; private set; } = "";

    public DateOnly ReceivedOn { get; private set; }

    public ThirdPartyListKind Kind { get; private set; }

    public IReadOnlyList<ThirdPartyListEntry> Entries => _entries;

    public string RecordedByName { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }

    public static ThirdPartyList Receive(string sender, DateOnly receivedOn, ThirdPartyListKind kind, IEnumerable<(string RegistrationNumber, Guid? PersonId)> entries, Actor actor, DateTimeOffset now)
    {
        var list = new ThirdPartyList
        {
            Id = Guid.NewGuid(),
            Sender = sender,
            ReceivedOn = receivedOn,
            Kind = kind,
            RecordedByName = actor.UserName,
            RecordedAt = now,
        };
        list._entries.AddRange(entries.Select(e => new ThirdPartyListEntry(e.RegistrationNumber, e.PersonId)));
        return list;
    }
}

/// <summary>One line of a received list, as written; <see cref="PersonId"/> is set when the number names a registered person.</summary>
public sealed class ThirdPartyListEntry
{
    private ThirdPartyListEntry()
    {
    }

    internal ThirdPartyListEntry(string registrationNumber, Guid? personId)
    {
        RegistrationNumber = registrationNumber;
        PersonId = personId;
    }

    public long Id { get; private set; }

    public Guid ListId { get; private set; }

    public string RegistrationNumber { get; private set; } = "";

    public Guid? PersonId { get; private set; }
}
