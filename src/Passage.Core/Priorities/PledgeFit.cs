using Passage.Core.Pledges;

namespace Passage.Core.Priorities;

/// <summary>The open pledge a queued case fits best, and why, as the referral form preselects it.</summary>
public sealed record PledgeChoice(Guid PledgeId, string Reason);

public static class PledgeFit
{
    /// <summary>
    /// Among the open pledges with room for the whole case: one in a country where an adult has family; otherwise one in a
    /// country an adult prefers (most often named first); otherwise the one with most places left. Null when no pledge has room.
    /// </summary>
    public static PledgeChoice? Best(QueueEntry entry, IReadOnlyList<PledgeView> pledges)
    {
        var open = pledges.Where(p => p.Status == PledgeStatus.Open && p.Remaining >= entry.Members)
            .OrderByDescending(p => p.Remaining).ThenBy(p => p.CountryCode, StringComparer.Ordinal).ToList();
        if (open.Count == 0)
        {
            return null;
        }

        foreach (var country in entry.FamilyTies)
        {
            if (open.FirstOrDefault(p => p.CountryCode == country) is { } tie)
            {
                return new PledgeChoice(tie.Id, $"Family ties in {tie.CountryName}.");
            }
        }

        foreach (var country in entry.PreferredCountries)
        {
            if (open.FirstOrDefault(p => p.CountryCode == country) is { } preferred)
            {
                return new PledgeChoice(preferred.Id, $"{preferred.CountryName} is a country the family prefers.");
            }
        }

        return new PledgeChoice(open[0].Id, $"No family ties or preference matches an open pledge; {open[0].CountryName} has the most places left ({open[0].Remaining}).");
    }
}
