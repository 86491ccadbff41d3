using Passage.Core.Accounts;

namespace Passage.Core.Movements;

/// <summary>The travel document a person leaves with (laissez-passer, passport): its number and the name exactly as printed in it.</summary>
public sealed class TravelDocument
{
    private TravelDocument()
    {
    }

    public Guid PersonId { get; private set; }

    public string Number { get; private set; } = "";

    /// <summary>The name as the document prints it, which the manifest must carry; it may differ from the registry's spelling.</summary>
    public string NameInDocument { get; private set; } = "";

    public string RecordedByName { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }

    public long Version { get; private set; }

    public static TravelDocument Record(Guid personId, string number, string nameInDocument, Actor actor, DateTimeOffset now) =>
        new() { PersonId = personId, Number = number, NameInDocument = nameInDocument, RecordedByName = actor.UserName, RecordedAt = now, Version = 1 };

    public void Change(string number, string nameInDocument, Actor actor, DateTimeOffset now)
    {
        Number = number;
        NameInDocument = nameInDocument;
        RecordedByName = actor.UserName;
        RecordedAt = now;
        Version++;
    }
}
