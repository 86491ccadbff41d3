using System.Security.Claims;

namespace Passage.Web.Accounts;

/// <summary>Claims Passage adds to a signed-in user beyond Identity's name, id and roles.</summary>
public static class PassageClaims
{
    public const string Supervisor = "passage:supervisor";
    public const string Country = "passage:country";

    public static bool IsSupervisor(this ClaimsPrincipal user) => user.HasClaim(Supervisor, "true");

    public static string? CountryCode(this ClaimsPrincipal user) => user.FindFirstValue(Country);
}
