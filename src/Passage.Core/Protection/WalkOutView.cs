namespace Passage.Core.Protection;

/// <summary>A walk-out as a protection officer reads it, with where the residents are now.</summary>
public sealed record WalkOutView(
    Guid CaseId, string CaseNumber, DateOnly LeftOn, string Whereabouts, IReadOnlyList<WalkOutAsks> Asks, string ResponsibleOfficer, DateTimeOffset RecordedAt)
{
    internal static WalkOutView Of(WalkOut w, string caseNumber) =>
        new(w.CaseId, caseNumber, w.LeftOn, w.Whereabouts, WalkOutAskLabels.Each.Where(a => w.Asks.HasFlag(a)).ToList(), w.ResponsibleOfficerName, w.RecordedAt);
}
