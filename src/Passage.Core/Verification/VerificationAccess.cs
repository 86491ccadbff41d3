using Passage.Core.Accounts;

namespace Passage.Core.Verification;

/// <summary>Who may ask and whose requests they see: the agency for every country, a country's delegate for their own only.</summary>
public static class VerificationAccess
{
    /// <summary>The country a delegate asks for; null for the agency (or for someone who may not ask).</summary>
    public static string? OwnCountry(Actor actor) => actor.OwnCountryFor(Permission.RequestVerification);

    public static bool MayAsk(Actor actor) => actor.CanEverywhere(Permission.RequestVerification) || OwnCountry(actor) is not null;

    /// <summary>The requests the actor may read as a requester.</summary>
    public static IQueryable<VerificationRequest> Visible(IQueryable<VerificationRequest> requests, Actor actor)
    {
        if (actor.CanEverywhere(Permission.RequestVerification))
        {
            return requests;
        }

        var country = OwnCountry(actor);
        return country is null ? requests.Where(_ => false) : requests.Where(r => r.CountryCode == country);
    }
}
