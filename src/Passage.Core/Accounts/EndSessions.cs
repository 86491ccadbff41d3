using Microsoft.AspNetCore.Identity;

namespace Passage.Core.Accounts;

/// <summary>Ends every open session of the acting user, on every device: signing out changes their security stamp.</summary>
public sealed class EndSessions(UserManager<PassageUser> users, Actor actor)
{
    public async Task ExecuteAsync()
    {
        var user = await users.FindByIdAsync(actor.UserId);
        if (user is not null)
        {
            var result = await users.UpdateSecurityStampAsync(user);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException("The sessions could not be ended: " + string.Join(" ", result.Errors.Select(e => e.Code)));
            }
        }
    }
}
