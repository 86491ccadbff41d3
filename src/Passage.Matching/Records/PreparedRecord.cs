using Passage.Matching.Comparison;
using Passage.Matching.Normalisation;

namespace Passage.Matching.Records;

/// <summary>
/// A record with everything comparison needs computed once: names parsed into tokens with keys and
/// clusters, attributes normalised. Immutable; safe to share between threads.
/// </summary>
public sealed class PreparedRecord
{
    private PreparedRecord(string id, PreparedName name, PreparedName given, PreparedName family, PreparedName father,
        BirthDate? birth, Sex sex, string[] attributes)
    {
        Id = id;
        Name = name;
        Given = given;
        Family = family;
        Father = father;
        Birth = birth;
        Sex = sex;
        AttributeArray = attributes;
    }

    /// <summary>The record's identifier in its source.</summary>
    public string Id { get; }

    /// <summary>The full name: <see cref="PersonRecord.Name"/>, or given and family names together.</summary>
    public PreparedName Name { get; }

    /// <summary>The given name when the source has it apart, otherwise empty.</summary>
    public PreparedName Given { get; }

    /// <summary>The family name when the source has it apart, otherwise empty.</summary>
    public PreparedName Family { get; }

    /// <summary>The father's name, or empty.</summary>
    public PreparedName Father { get; }

    /// <summary>The date of birth, when known.</summary>
    public BirthDate? Birth { get; }

    /// <summary>The recorded sex.</summary>
    public Sex Sex { get; }

    /// <summary>Normalised generic attributes (empty string when blank).</summary>
    public IReadOnlyList<string> Attributes => AttributeArray;

    internal string[] AttributeArray { get; }

    /// <summary>Prepares <paramref name="record"/> for comparison.</summary>
    public static PreparedRecord From(PersonRecord record) => From(record, null);

    /// <summary>
    /// Prepares <paramref name="record"/> for comparison, sharing names and tokens with the other records prepared with
    /// <paramref name="pool"/> (for a batch: the same result, a fraction of the memory).
    /// </summary>
    public static PreparedRecord From(PersonRecord record, PreparedNamePool? pool)
    {
        PreparedName Prepare(string? raw) => pool is null ? PreparedName.From(raw) : pool.Name(raw);
        var given = Prepare(record.GivenName);
        var family = Prepare(record.FamilyName);
        var name = !string.IsNullOrWhiteSpace(record.Name)
            ? Prepare(record.Name)
            : given.IsEmpty ? family
            : family.IsEmpty ? given
            : PreparedName.FromTokens([.. given.TokenArray, .. family.TokenArray], Variants.VariantTable.Default, pool);
        var attributes = record.Attributes is null or { Count: 0 } ? [] : record.Attributes.Select(AttributeComparer.Normalise).ToArray();
        return new PreparedRecord(record.Id, name, given, family, Prepare(record.Father), record.Birth, record.Sex, attributes);
    }
}
