using Passage.Core.Accounts;

namespace Passage.Core.Movements;

/// <summary>
/// Which movements an actor may see, from <see cref="AccessPolicy"/>: whoever reads movements everywhere sees all; a country's
/// delegate sees only the movements to their country, with their manifests. Fails closed.
/// </summary>
public static class MovementAccess
{
    public static IQueryable<Movement> Visible(IQueryable<Movement> movements, Actor actor)
    {
        if (actor.CanEverywhere(Permission.ReadMovements))
        {
            return movements;
        }

        var country = actor.OwnCountryFor(Permission.ReadMovements);
        return country is null ? movements.Where(_ => false) : movements.Where(m => m.CountryCode == country);
    }

    /// <summary>Whether the actor may confirm arrivals on a (visible) movement to <paramref name="countryCode"/>.</summary>
    public static bool MayConfirmArrival(Actor actor, string countryCode) =>
        actor.CanEverywhere(Permission.ConfirmArrivals) || actor.OwnCountryFor(Permission.ConfirmArrivals) == countryCode;

    /// <summary>Whether the actor confirms arrivals as the receiving country itself rather than on its word.</summary>
    public static bool IsReceivingCountry(Actor actor, string countryCode) => actor.OwnCountryFor(Permission.ConfirmArrivals) == countryCode;
}
