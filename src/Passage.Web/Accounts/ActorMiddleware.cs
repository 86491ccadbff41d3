using System.Security.Claims;
using Passage.Core.Accounts;

namespace Passage.Web.Accounts;

/// <summary>Tells the use cases who acts in this request: the signed-in user, from the cookie or an API token.</summary>
public sealed class ActorMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, Actor actor)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true && user.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId)
        {
            actor.Set(
                userId,
                user.Identity.Name ?? userId,
                context.Connection.RemoteIpAddress?.ToString(),
                user.FindAll(ClaimTypes.Role).Select(c => c.Value),
                user.IsSupervisor(),
                user.CountryCode());
        }

        return next(context);
    }
}
