namespace Passage.Core.Verification;

/// <summary>Why two verification requests together look like a possible fraud.</summary>
public enum FraudSign
{
    /// <summary>The two claims describe one person: the same claimant asking again, perhaps spelt differently or to another country.</summary>
    RepeatedClaim = 1,

    /// <summary>Two claims that describe different people point at the same registered person.</summary>
    IdentityClaimedTwice = 2,
}

/// <summary>A possible fraud seen between a request and an earlier one, with the evidence: for registration supervisors only.</summary>
public sealed class VerificationFlag
{
    private VerificationFlag()
    {
    }

    public long Id { get; private set; }

    public Guid RequestId { get; private set; }

    public Guid OtherRequestId { get; private set; }

    public FraudSign Sign { get; private set; }

    public string Evidence { get; private set; } = "";

    public DateTimeOffset RaisedAt { get; private set; }

    public static VerificationFlag Raise(Guid requestId, Guid otherRequestId, FraudSign sign, string evidence, DateTimeOffset now) => new()
    {
        RequestId = requestId,
        OtherRequestId = otherRequestId,
        Sign = sign,
        Evidence = evidence,
        RaisedAt = now,
    };
}

/// <summary>Labels of <see cref="FraudSign"/> for people.</summary>
public static class FraudSigns
{
    public static string Label(FraudSign sign) => sign switch
    {
        FraudSign.RepeatedClaim => "The same claim again (another spelling, or another country)",
        FraudSign.IdentityClaimedTwice => "One registered person claimed by two different people",
        _ => sign.ToString(),
    };
}
