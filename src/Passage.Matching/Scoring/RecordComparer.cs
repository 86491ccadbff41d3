using Passage.Matching.Comparison;
using Passage.Matching.Records;

namespace Passage.Matching.Scoring;

/// <summary>
/// Computes the comparison vector of two prepared records over a list of fields: one level per field,
/// <see cref="Missing"/> when either side lacks the value, and for term-frequency-adjusted fields the
/// frequency of the agreeing value (<see cref="double.NaN"/> when not applicable). Given and family
/// names that agree only when swapped are compared swapped.
/// </summary>
public sealed class RecordComparer
{
    /// <summary>The level of a field that is missing on either side.</summary>
    public const byte Missing = byte.MaxValue;

    private readonly FieldDefinition[] _fields;
    private readonly TermFrequencies _frequencies;
    private readonly int _given = -1;
    private readonly int _family = -1;

    /// <summary>Creates a comparer over <paramref name="fields"/> using <paramref name="frequencies"/> for name keys and attribute values.</summary>
    public RecordComparer(IReadOnlyList<FieldDefinition> fields, TermFrequencies frequencies)
    {
        _fields = [.. fields];
        _frequencies = frequencies;
        for (var i = 0; i < _fields.Length; i++)
        {
            _given = _fields[i].Kind == FieldKind.GivenName ? i : _given;
            _family = _fields[i].Kind == FieldKind.FamilyName ? i : _family;
        }
    }

    /// <summary>The compared fields.</summary>
    public IReadOnlyList<FieldDefinition> Fields => _fields;

    /// <summary>The frequencies used for the term-frequency adjustment.</summary>
    public TermFrequencies Frequencies => _frequencies;

    /// <summary>The key under which an attribute value's frequency is counted.</summary>
    public static string AttributeKey(int index, string value) => string.Create(
        System.Globalization.CultureInfo.InvariantCulture, $"{index}\u0001{value}");

    /// <summary>Fills <paramref name="levels"/> and <paramref name="frequencies"/> (one element per field).</summary>
    public void Compare(PreparedRecord a, PreparedRecord b, Span<byte> levels, Span<double> frequencies)
    {
        CompareOthers(a, b, levels, frequencies);
        CompareNames(a, b, levels, frequencies);
    }

    /// <summary>True for the name fields, which <see cref="CompareNames"/> fills.</summary>
    public static bool IsName(FieldKind kind) => kind is FieldKind.FullName or FieldKind.GivenName or FieldKind.FamilyName;

    /// <summary>Fills the name fields of <paramref name="levels"/> and <paramref name="frequencies"/>, and only those.</summary>
    public void CompareNames(PreparedRecord a, PreparedRecord b, Span<byte> levels, Span<double> frequencies)
    {
        for (var f = 0; f < _fields.Length; f++)
        {
            switch (_fields[f].Kind)
            {
                case FieldKind.FullName:
                    frequencies[f] = double.NaN;
                    Name(a.Name, b.Name, f, levels, frequencies);
                    break;
                case FieldKind.GivenName:
                    frequencies[f] = double.NaN;
                    Name(a.Given, b.Given, f, levels, frequencies);
                    break;
                case FieldKind.FamilyName:
                    frequencies[f] = double.NaN;
                    Name(a.Family, b.Family, f, levels, frequencies);
                    break;
            }
        }

        if (_given >= 0 && _family >= 0 && levels[_given] != Missing && levels[_family] != Missing
            && levels[_given] > (byte)NameLevel.Close && levels[_family] > (byte)NameLevel.Close)
        {
            Swapped(a, b, levels, frequencies);
        }
    }

    /// <summary>Fills every field but the names (cheaper to compare), leaving the name fields as they are.</summary>
    public void CompareOthers(PreparedRecord a, PreparedRecord b, Span<byte> levels, Span<double> frequencies)
    {
        CompareCheap(a, b, levels, frequencies);
        CompareFathers(a, b, levels, frequencies);
    }

    /// <summary>True for the fields compared as names are, at a name's cost: the names and the father's name.</summary>
    public static bool IsCostly(FieldKind kind) => IsName(kind) || kind == FieldKind.Father;

    /// <summary>Fills the father's name field, and only it.</summary>
    public void CompareFathers(PreparedRecord a, PreparedRecord b, Span<byte> levels, Span<double> frequencies)
    {
        for (var f = 0; f < _fields.Length; f++)
        {
            if (_fields[f].Kind == FieldKind.Father)
            {
                frequencies[f] = double.NaN;
                Father(a.Father, b.Father, f, levels, frequencies);
            }
        }
    }

    /// <summary>Fills every field that is not <see cref="IsCostly"/> (dates, sex, attributes), leaving the others as they are.</summary>
    public void CompareCheap(PreparedRecord a, PreparedRecord b, Span<byte> levels, Span<double> frequencies)
    {
        for (var f = 0; f < _fields.Length; f++)
        {
            var field = _fields[f];
            if (IsCostly(field.Kind))
            {
                continue;
            }

            frequencies[f] = double.NaN;
            switch (field.Kind)
            {
                case FieldKind.Birth:
                    levels[f] = a.Birth is { } da && b.Birth is { } db ? (byte)DateComparer.Compare(da, db) : Missing;
                    break;
                case FieldKind.Sex:
                    levels[f] = a.Sex == Sex.Unknown || b.Sex == Sex.Unknown ? Missing : a.Sex == b.Sex ? (byte)0 : (byte)1;
                    break;
                default:
                    Attribute(a, b, field.AttributeIndex, f, levels, frequencies);
                    break;
            }
        }
    }

    private void Swapped(PreparedRecord a, PreparedRecord b, Span<byte> levels, Span<double> frequencies)
    {
        var given = NameComparer.Compare(a.Given, b.Family, _frequencies);
        var family = NameComparer.Compare(a.Family, b.Given, _frequencies);
        if (given.Level <= NameLevel.Close && family.Level <= NameLevel.Close)
        {
            levels[_given] = (byte)given.Level;
            levels[_family] = (byte)family.Level;
            frequencies[_given] = given.AgreeingFrequency;
            frequencies[_family] = family.AgreeingFrequency;
        }
    }

    private void Name(Normalisation.PreparedName a, Normalisation.PreparedName b, int f, Span<byte> levels, Span<double> frequencies)
    {
        if (a.IsEmpty || b.IsEmpty)
        {
            levels[f] = Missing;
            return;
        }

        var comparison = NameComparer.Compare(a, b, _frequencies, wholeNames: _fields[f].Kind == FieldKind.FullName);
        levels[f] = (byte)comparison.Level;
        frequencies[f] = comparison.AgreeingFrequency;
    }

    private void Father(Normalisation.PreparedName a, Normalisation.PreparedName b, int f, Span<byte> levels, Span<double> frequencies)
    {
        if (a.IsEmpty || b.IsEmpty)
        {
            levels[f] = Missing;
            return;
        }

        var comparison = NameComparer.Compare(a, b, _frequencies.Fathers);
        levels[f] = (byte)comparison.Level;
        frequencies[f] = comparison.AgreeingFrequency;
    }

    private void Attribute(PreparedRecord a, PreparedRecord b, int index, int f, Span<byte> levels, Span<double> frequencies)
    {
        var va = index < a.AttributeArray.Length ? a.AttributeArray[index] : string.Empty;
        var vb = index < b.AttributeArray.Length ? b.AttributeArray[index] : string.Empty;
        if (va.Length == 0 || vb.Length == 0)
        {
            levels[f] = Missing;
            return;
        }

        var level = AttributeComparer.Compare(va, vb);
        levels[f] = (byte)level;
        if (level == AttributeLevel.Exact && _frequencies.TryGet(AttributeKey(index, va), out var frequency))
        {
            frequencies[f] = frequency;
        }
    }
}
