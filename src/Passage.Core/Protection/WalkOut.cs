using Passage.Core.Accounts;

namespace Passage.Core.Protection;

/// <summary>
/// The residents of a case left the camp on their own and asked for protection: when, where they are now (sealed in the
/// database, read only by protection officers), what they ask for, and the protection officer responsible.
/// </summary>
public sealed class WalkOut
{
    private WalkOut()
    {
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public DateOnly LeftOn { get; private set; }

    /// <summary>The protected facility where they are now. Stored sealed; never in an export or another role's view.</summary>
    public string Whereabouts { get; private set; } = "";

    public WalkOutAsks Asks { get; private set; }

    public string ResponsibleOfficerId { get; private set; } = "";

    public string ResponsibleOfficerName { get; private set; } = "";

    public string RecordedByUserId { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>Removes where the family went (retention, decision 0021); the date and asks stay counted.</summary>
    internal void Anonymise() => Whereabouts = "";

    internal static WalkOut Record(Guid caseId, ValidWalkOutDetails details, (string Id, string Name) officer, Actor actor, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        CaseId = caseId,
        LeftOn = details.LeftOn,
        Whereabouts = details.Whereabouts,
        Asks = details.Asks,
        ResponsibleOfficerId = officer.Id,
        ResponsibleOfficerName = officer.Name,
        RecordedByUserId = actor.UserId,
        RecordedAt = now,
    };
}

/// <summary>What a resident who walked out asks for; any combination.</summary>
[Flags]
public enum WalkOutAsks
{
    None = 0,
    Resettlement = 1,
    Return = 2,
    FamilyContact = 4,
}

/// <summary>Labels of <see cref="WalkOutAsks"/> for people.</summary>
public static class WalkOutAskLabels
{
    public static readonly IReadOnlyList<WalkOutAsks> Each = [WalkOutAsks.Resettlement, WalkOutAsks.Return, WalkOutAsks.FamilyContact];

    public static string Label(WalkOutAsks ask) => ask switch
    {
        WalkOutAsks.Resettlement => "Resettlement",
        WalkOutAsks.Return => "Return to the origin country",
        WalkOutAsks.FamilyContact => "Contact with family",
        _ => string.Join(", ", Each.Where(a => ask.HasFlag(a)).Select(Label)),
    };
}
