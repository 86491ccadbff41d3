namespace Passage.Core.Storage;

/// <summary>A counter the database increments atomically, for numbers that are unique in the operation and never reused.</summary>
public sealed class NumberSequence
{
    public const string Persons = "persons";
    public const string Cases = "cases";
    public const string FamilyRequests = "family-requests";

    private NumberSequence()
    {
    }

    public NumberSequence(string name, long next)
    {
        Name = name;
        Next = next;
    }

    public string Name { get; private set; } = "";

    public long Next { get; private set; }
}
