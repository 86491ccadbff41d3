using Passage.Core.Accounts;

namespace Passage.Core.Pledges;

/// <summary>
/// Which pledges and referrals an actor may see, from <see cref="AccessPolicy"/>: whoever reads pledges everywhere sees all;
/// whoever reads them for their own country (a country delegate) sees only that country's, and a referral only once its
/// dossier is with the country. Fails closed.
/// </summary>
public static class PledgeAccess
{
    public static bool SeesAllCountries(Actor actor) => actor.CanEverywhere(Permission.ReadPledges);

    private static string? DelegateCountry(Actor actor) => actor.OwnCountryFor(Permission.ReadPledges);

    public static IQueryable<Pledge> Visible(IQueryable<Pledge> pledges, Actor actor)
    {
        if (SeesAllCountries(actor))
        {
            return pledges;
        }

        var country = DelegateCountry(actor);
        return country is null ? pledges.Where(_ => false) : pledges.Where(p => p.CountryCode == country);
    }

    public static IQueryable<Referral> Visible(IQueryable<Referral> referrals, Actor actor)
    {
        if (SeesAllCountries(actor))
        {
            return referrals;
        }

        var country = DelegateCountry(actor);
        return country is null
            ? referrals.Where(_ => false)
            : referrals.Where(r => r.CountryCode == country && r.Status != ReferralStatus.Referred);
    }

    /// <summary>Whether the actor may record a decision on a (visible) referral to <paramref name="countryCode"/>.</summary>
    public static bool MayDecide(Actor actor, string countryCode) =>
        actor.CanEverywhere(Permission.DecideReferrals) || actor.OwnCountryFor(Permission.DecideReferrals) == countryCode;
}
