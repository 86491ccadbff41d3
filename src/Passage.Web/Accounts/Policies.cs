namespace Passage.Web.Accounts;

/// <summary>
/// Names of the authorisation policies. Every <c>Permission</c> is also a policy of the same name
/// (use <c>nameof(Permission.X)</c>); these are the few that are not about data.
/// </summary>
public static class Policies
{
    /// <summary>Any signed-in user: their own tokens, signing out, the API description.</summary>
    public const string SignedIn = "SignedIn";
}
