namespace Passage.Core.Verification;

/// <summary>A registered person the matching engine found for a claim, with its likelihood and explanation when found.</summary>
public sealed class VerificationCandidate
{
    private VerificationCandidate()
    {
    }

    public long Id { get; private set; }

    public Guid RequestId { get; private set; }

    public Guid PersonId { get; private set; }

    public int Rank { get; private set; }

    public double Probability { get; private set; }

    /// <summary>The engine's explanation, field by field.</summary>
    public string Explanation { get; private set; } = "";

    internal static VerificationCandidate For(Guid requestId, Guid personId, int rank, double probability, string explanation) => new()
    {
        RequestId = requestId,
        PersonId = personId,
        Rank = rank,
        Probability = probability,
        Explanation = explanation,
    };
}
