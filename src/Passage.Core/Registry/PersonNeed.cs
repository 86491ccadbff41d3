namespace Passage.Core.Registry;

/// <summary>A specific need of one person: a UNHCR category code and an optional note.</summary>
public sealed class PersonNeed
{
    private PersonNeed()
    {
    }

    public PersonNeed(string code, string? note)
    {
        if (!SpecificNeed.IsKnown(code))
        {
            throw new ArgumentException($"Unknown specific-need code '{code}'.", nameof(code));
        }

        Code = code;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }

    public long Id { get; private set; }

    public Guid PersonId { get; private set; }

    public string Code { get; private set; } = "";

    public string? Note { get; private set; }
}
