using Passage.Core.Common;
using Passage.Core.Pledges;

namespace Passage.Core.Priorities;

/// <summary>Whether a queued case may be referred now.</summary>
public enum QueueReadiness
{
    /// <summary>Every adult chose resettlement.</summary>
    Ready = 1,

    /// <summary>An adult has not (yet) chosen resettlement.</summary>
    WaitingForChoice = 2,
}

/// <summary>
/// What the referral queue is narrowed to: readiness, a country an adult prefers, and a priority term the score has. Sorted
/// by one of <see cref="SortKeys"/>; rank (the score) when none is named.
/// </summary>
public sealed record QueueFilter(QueueReadiness? Status = null, string? Country = null, string? Priority = null, string? Sort = null)
{
    public static readonly IReadOnlyList<string> SortKeys = ["rank", "case", "persons", "waiting"];

    public static readonly Sort DefaultSort = new("rank");

    public static string Label(QueueReadiness readiness) => readiness switch
    {
        QueueReadiness.Ready => "Ready for referral",
        QueueReadiness.WaitingForChoice => "Waiting for a choice",
        _ => readiness.ToString(),
    };

    /// <summary>The order asked for, or rank when none or an unknown one is named (<see cref="Check"/> refuses that).</summary>
    public Sort Order => Common.Sort.Parse(Sort, SortKeys, DefaultSort) is { Succeeded: true } order ? order.Value : DefaultSort;

    /// <summary>Null when every filter is one the queue knows; otherwise the problem naming each bad one.</summary>
    public Problem? Check()
    {
        var errors = new ValidationErrors();
        if (Status is { } status && !Enum.IsDefined(status))
        {
            errors.Add("status", "Unknown readiness.");
        }

        if (!string.IsNullOrWhiteSpace(Country) && CountryCode.Normalise(Country) is null)
        {
            errors.Add("country", "Choose a country from the list.");
        }

        if (!string.IsNullOrWhiteSpace(Priority) && !PriorityScore.TermNames.Contains(Priority.Trim(), StringComparer.Ordinal))
        {
            errors.Add("priority", "Choose a priority from the list.");
        }

        if (Common.Sort.Parse(Sort, SortKeys, DefaultSort).Problem is { Errors: { } sortErrors })
        {
            errors.Add("sort", sortErrors["sort"][0]);
        }

        return errors.Any ? errors.ToProblem() : null;
    }

    /// <summary>The entries of the ranked queue that match, in the order asked for; ties keep their rank.</summary>
    public IEnumerable<QueueEntry> Apply(IEnumerable<QueueEntry> ranked)
    {
        var country = CountryCode.Normalise(Country);
        var priority = string.IsNullOrWhiteSpace(Priority) ? null : Priority.Trim();
        var matching = ranked
            .Where(e => Status is null || (Status == QueueReadiness.Ready) == e.ReadyForReferral)
            .Where(e => country is null || e.PreferredCountries.Contains(country, StringComparer.Ordinal))
            .Where(e => priority is null || e.Terms.Any(t => t.Term == priority));
        var order = Order;
        IOrderedEnumerable<QueueEntry> sorted = order.Key switch
        {
            "case" => order.Descending ? matching.OrderByDescending(e => e.CaseNumber, StringComparer.Ordinal) : matching.OrderBy(e => e.CaseNumber, StringComparer.Ordinal),
            "persons" => order.Descending ? matching.OrderByDescending(e => e.Members) : matching.OrderBy(e => e.Members),
            "waiting" => order.Descending ? matching.OrderByDescending(e => e.WaitingSince) : matching.OrderBy(e => e.WaitingSince),
            _ => order.Descending ? matching.OrderByDescending(e => e.Rank) : matching.OrderBy(e => e.Rank),
        };
        return sorted.ThenBy(e => e.Rank);
    }
}
