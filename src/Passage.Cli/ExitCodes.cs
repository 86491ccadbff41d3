namespace Passage.Cli;

/// <summary>What <c>passage</c> returns to the shell.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The input was refused: a bad file, an unknown user, a password the policy rejects.</summary>
    public const int BadInput = 1;

    /// <summary>The command line itself is wrong: an unknown command, a missing or invalid option.</summary>
    public const int Usage = 2;

    /// <summary>The command ran and found a fault: the audit log was tampered with.</summary>
    public const int Failed = 3;
}
