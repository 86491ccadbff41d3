using Passage.Core.Accounts;

namespace Passage.Core.Pledges;

/// <summary>
/// Which pledges and referrals an actor may see: protection, resettlement and movement officers see all; a country
/// delegate sees only their own country's, and a referral only once its dossier is with the country. Fails closed.
/// </summary>
internal static class PledgeAccess
{
    public static bool SeesAllCountries(Actor actor) =>
        actor.Can(Permission.ReadPledges) && (actor.IsIn(Roles.Protection) || actor.IsIn(Roles.Resettlement) || actor.IsIn(Roles.Movement));

    private static string? DelegateCountry(Actor actor) =>
        actor.Can(Permission.ReadPledges) && actor.IsIn(Roles.CountryDelegate) && actor.CountryCode is { Length: 2 } code ? code : null;

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

    /// <summary>Whether the actor may record a decision on this (visible) referral.</summary>
    public static bool MayDecide(Actor actor, Referral referral) =>
        actor.Can(Permission.DecideReferrals)
        && (actor.IsIn(Roles.Resettlement) || (actor.IsIn(Roles.CountryDelegate) && actor.CountryCode == referral.CountryCode));
}
