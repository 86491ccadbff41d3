namespace Passage.Core.Accounts;

/// <summary>
/// Who is acting in the current request or command: recorded on every audit entry and case event.
/// The web layer fills it from the signed-in user; the command line from its own identity.
/// </summary>
public sealed class Actor
{
    public string UserId { get; private set; } = "system";

    public string UserName { get; private set; } = "system";

    public string? Address { get; private set; }

    public IReadOnlyCollection<string> Roles { get; private set; } = [];

    public bool IsSupervisor { get; private set; }

    public string? CountryCode { get; private set; }

    public void Set(string userId, string userName, string? address, IEnumerable<string> roles, bool isSupervisor = false, string? countryCode = null)
    {
        UserId = userId;
        UserName = userName;
        Address = address;
        Roles = roles.ToArray();
        IsSupervisor = isSupervisor;
        CountryCode = countryCode;
    }

    /// <summary>The personal API token this request came with, when it came with one.</summary>
    public Guid? TokenId { get; private set; }

    /// <summary>When the token this request came with expires; null for a session or a token without an end.</summary>
    public DateTimeOffset? TokenExpiresAt { get; private set; }

    /// <summary>
    /// The operator at the server's own command line (<c>passage users add</c>), who holds the database itself:
    /// the one actor whose role grants need no second administrator.
    /// </summary>
    public bool IsConsoleOperator { get; private set; }

    public void ActThroughToken(Guid tokenId, DateTimeOffset? expiresAt)
    {
        TokenId = tokenId;
        TokenExpiresAt = expiresAt;
    }

    public void ActAsConsoleOperator() => IsConsoleOperator = true;

    /// <summary>Whether the actor holds the permission at all (over every record, or over their own country's).</summary>
    public bool Can(Permission permission) => AccessPolicy.Allows(Roles, permission, IsSupervisor);

    /// <summary>Whether the actor holds the permission over every record.</summary>
    public bool CanEverywhere(Permission permission) => AccessPolicy.ScopeOf(Roles, permission, IsSupervisor) == AccessScope.All;

    /// <summary>The country whose records alone the actor holds the permission over; null when it reaches all or none.</summary>
    public string? OwnCountryFor(Permission permission) =>
        AccessPolicy.ScopeOf(Roles, permission) == AccessScope.OwnCountry && CountryCode is { Length: 2 } code ? code : null;

    /// <summary>Whether the actor may read a field group, over every record or over their own country's.</summary>
    public bool MayRead(FieldGroup group) => Can(AccessPolicy.ReadPermission(group));

    public bool IsIn(string role) => Roles.Contains(role, StringComparer.Ordinal);
}
