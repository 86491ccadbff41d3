namespace Passage.Core.Registry;

/// <summary>Another name a person is known by, in either script.</summary>
public sealed class PersonAlias
{
    private PersonAlias()
    {
    }

    public PersonAlias(string name) => Name = name.Trim();

    public long Id { get; private set; }

    public Guid PersonId { get; private set; }

    public string Name { get; private set; } = "";
}
