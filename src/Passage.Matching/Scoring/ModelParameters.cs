using System.Text.Json;
using System.Text.Json.Serialization;
using Passage.Matching.Comparison;

namespace Passage.Matching.Scoring;

/// <summary>
/// A model in its stored form (JSON): the prior of a pair drawn from all pairs, the prior of a
/// candidate pair (the population that <c>passage match score</c> is given), thresholds, each field's m
/// and u by level, and the frequencies of the most common name keys. The engine ships the parameters estimated on the synthetic
/// registry as an embedded resource (<see cref="LoadDefault"/>), used when there is no data to learn from.
/// </summary>
public sealed record ModelParameters(
    double Prior,
    double CandidatePrior,
    double MatchThreshold,
    double PossibleThreshold,
    IReadOnlyList<StoredField> Fields,
    IReadOnlyDictionary<string, float> Frequencies,
    string Source)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The parameters of a model.</summary>
    public static ModelParameters Of(MatchModel model, double candidatePrior, string source, int maxFrequencies = 5000) => new(
        model.Prior,
        candidatePrior,
        model.MatchThreshold,
        model.PossibleThreshold,
        [.. model.Parameters.Select(p => new StoredField(p.Field.Name, p.Field.Kind, p.Field.AttributeIndex, [.. p.M], [.. p.U], [.. p.RandomU]))],
        model.Comparer.Frequencies.Values.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(maxFrequencies).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
        source);

    /// <summary>Reads parameters from JSON.</summary>
    public static ModelParameters FromJson(string json) =>
        JsonSerializer.Deserialize<ModelParameters>(json, Options) ?? throw new JsonException("The parameters are empty.");

    /// <summary>The parameters shipped with the engine, loaded once.</summary>
    public static ModelParameters Default => Shared.Value;

    private static readonly Lazy<ModelParameters> Shared = new(LoadDefault);

    /// <summary>Reads the parameters shipped with the engine.</summary>
    public static ModelParameters LoadDefault()
    {
        using var stream = typeof(ModelParameters).Assembly.GetManifestResourceStream("Passage.Matching.Resources.default-parameters.json")
            ?? throw new InvalidOperationException("The embedded default parameters are missing.");
        using var reader = new StreamReader(stream);
        return FromJson(reader.ReadToEnd());
    }

    /// <summary>Writes the parameters as indented JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Options);

    /// <summary>
    /// Builds the model these parameters describe, with the prior of a candidate pair
    /// (<paramref name="candidates"/>) or of a pair drawn from all pairs.
    /// </summary>
    public MatchModel ToModel(bool candidates = true) => new(
        [.. Fields.Select(f => new FieldParameters(new FieldDefinition(f.Name, f.Kind, f.AttributeIndex), f.M, f.U, f.RandomU))],
        candidates ? CandidatePrior : Prior,
        new TermFrequencies(Frequencies),
        MatchThreshold,
        PossibleThreshold);
}

/// <summary>One field of <see cref="ModelParameters"/>.</summary>
public sealed record StoredField(string Name, FieldKind Kind, int AttributeIndex, IReadOnlyList<double> M, IReadOnlyList<double> U, IReadOnlyList<double> RandomU);
