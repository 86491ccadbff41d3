using Passage.Core.Accounts;

namespace Passage.Web.Api;

/// <summary>Who the caller is, as the server sees them.</summary>
public static class MeApi
{
    public sealed record Me(string UserId, string UserName, IReadOnlyCollection<string> Roles, bool IsSupervisor, string? CountryCode);

    public static Me GetMe(Actor actor) => new(actor.UserId, actor.UserName, actor.Roles, actor.IsSupervisor, actor.CountryCode);
}
