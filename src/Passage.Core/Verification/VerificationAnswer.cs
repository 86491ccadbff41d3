namespace Passage.Core.Verification;

/// <summary>The only things a verification answer says: whether the person was a resident, as far as the registry shows.</summary>
public enum VerificationAnswer
{
    /// <summary>The person was registered in the camp.</summary>
    Verified = 1,

    /// <summary>The registry holds nobody who is this person.</summary>
    NotVerified = 2,

    /// <summary>The registry does not allow an answer either way.</summary>
    CannotDetermine = 3,
}

/// <summary>Labels of <see cref="VerificationAnswer"/> for people.</summary>
public static class VerificationAnswers
{
    public static string Label(VerificationAnswer? answer) => answer switch
    {
        VerificationAnswer.Verified => "Verified",
        VerificationAnswer.NotVerified => "Not verified",
        VerificationAnswer.CannotDetermine => "Cannot determine",
        _ => "Waiting for an answer",
    };
}
