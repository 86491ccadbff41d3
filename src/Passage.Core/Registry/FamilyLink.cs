namespace Passage.Core.Registry;

/// <summary>How one person is related to another.</summary>
public enum Relationship
{
    Spouse = 1,
    Parent = 2,
    Child = 3,
    Sibling = 4,
    OtherRelative = 5,
}

/// <summary>Labels for people.</summary>
public static class Relationships
{
    public static string Label(Relationship relationship) => relationship switch
    {
        Relationship.Spouse => "Spouse",
        Relationship.Parent => "Parent",
        Relationship.Child => "Child",
        Relationship.Sibling => "Sibling",
        Relationship.OtherRelative => "Other relative",
        _ => relationship.ToString(),
    };
}

/// <summary>A family link from one person to another, kept even when they are in different cases.</summary>
public sealed class FamilyLink
{
    private FamilyLink()
    {
    }

    public FamilyLink(Guid personId, Guid relatedPersonId, Relationship relationship)
    {
        if (personId == relatedPersonId)
        {
            throw new ArgumentException("A person cannot be linked to themselves.", nameof(relatedPersonId));
        }

        PersonId = personId;
        RelatedPersonId = relatedPersonId;
        Relationship = relationship;
    }

    public long Id { get; private set; }

    public Guid PersonId { get; private set; }

    public Guid RelatedPersonId { get; private set; }

    /// <summary>What the related person is to the person: a link (A, B, Parent) says B is A's parent.</summary>
    public Relationship Relationship { get; private set; }

    /// <summary>The relationship seen from the other person.</summary>
    public static Relationship Inverse(Relationship relationship) => relationship switch
    {
        Relationship.Parent => Relationship.Child,
        Relationship.Child => Relationship.Parent,
        _ => relationship,
    };
}
