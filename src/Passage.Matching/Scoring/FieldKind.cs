using Passage.Matching.Comparison;

namespace Passage.Matching.Scoring;

/// <summary>What a compared field holds, which decides its comparison and its levels.</summary>
public enum FieldKind : byte
{
    /// <summary>The full name (<see cref="NameLevel"/>).</summary>
    FullName,

    /// <summary>The given name held apart (<see cref="NameLevel"/>).</summary>
    GivenName,

    /// <summary>The family name held apart (<see cref="NameLevel"/>).</summary>
    FamilyName,

    /// <summary>The father's name (<see cref="NameLevel"/>).</summary>
    Father,

    /// <summary>The date of birth (<see cref="DateLevel"/>).</summary>
    Birth,

    /// <summary>Sex: agree or disagree.</summary>
    Sex,

    /// <summary>Any other value (<see cref="AttributeLevel"/>).</summary>
    Attribute,
}

/// <summary>
/// One compared field: its name (as shown in explanations), kind, and for attributes the position of
/// the value in <see cref="Records.PreparedRecord.Attributes"/>.
/// </summary>
public sealed record FieldDefinition(string Name, FieldKind Kind, int AttributeIndex = -1)
{
    /// <summary>The number of agreement levels of this field.</summary>
    public int LevelCount => Kind switch
    {
        FieldKind.Birth => 5,
        FieldKind.Sex => 2,
        FieldKind.Attribute => 4,
        _ => 8,
    };

    /// <summary>True when the field's top levels are adjusted for the frequency of the agreeing value.</summary>
    public bool TermFrequencyAdjusted => Kind is FieldKind.FullName or FieldKind.GivenName or FieldKind.FamilyName or FieldKind.Father or FieldKind.Attribute;

    /// <summary>The name of a level, as shown in explanations.</summary>
    public string LevelName(int level) => Kind switch
    {
        FieldKind.Birth => ((DateLevel)level).ToString(),
        FieldKind.Sex => level == 0 ? "Agree" : "Disagree",
        FieldKind.Attribute => ((AttributeLevel)level).ToString(),
        _ => ((NameLevel)level).ToString(),
    };
}
