namespace Passage.Core.Reporting;

/// <summary>
/// Statistical disclosure control for tables published together. Primary suppression: every count (cell or total) of 1
/// to 4 is shown as "&lt;5". Secondary suppression, until no suppressed count can be worked out: any suppressed entry
/// that the published figures determine — by subtracting shown cells from a total, or by any sum and difference of rows,
/// columns and the totals the tables share — gets company: in a row or column with a single suppressed entry (or else one
/// through the entry found), a shown entry is withheld too: a cell before a total, one that also closes another line with a
/// single suppressed entry (so suppressions form rectangles rather than spread), a non-zero one, the smallest. Determination is decided
/// exactly, by elimination over the tables' equations, so a pair of tables that share a total is protected as one system.
/// </summary>
public static class DisclosureControl
{
    public const int Threshold = 5;

    public static IReadOnlyList<PublishedTable> Protect(IReadOnlyList<CountTable> tables)
    {
        var system = EntrySystem.Of(tables);
        var suppressed = system.Entries.Where(e => system.Values[e] is > 0 and < Threshold).ToHashSet();
        var primary = suppressed.ToHashSet();
        while (system.Determined(suppressed).FirstOrDefault() is { } exposed)
        {
            // A line with one suppressed entry gives it away by subtraction: company goes there first. An entry found only by
            // combining lines gets company in a line through it.
            var single = system.Equations.Where(eq => eq.Count(suppressed.Contains) == 1).ToList();
            var lines = single.Count > 0 ? single : system.Equations.Where(eq => eq.Contains(exposed)).ToList();
            var company = lines.SelectMany(eq => eq).Where(e => !suppressed.Contains(e)).Distinct()
                .OrderBy(e => e.IsTotal)
                .ThenByDescending(e => system.Equations.Count(q => q.Contains(e) && q.Count(suppressed.Contains) == 1))
                .ThenBy(e => system.Values[e] == 0)
                .ThenBy(e => system.Values[e])
                .ThenBy(e => e.Key, StringComparer.Ordinal)
                .FirstOrDefault()
                ?? throw new InvalidOperationException("Nothing left to withhold: the tables cannot be protected.");
            suppressed.Add(company);
        }

        return tables.Select(t => new PublishedTable(t, EntrySystem.EntriesOf(t).Select(e => new PublishedCell(
            e.Row, e.Column, system.Values[e.Entry],
            primary.Contains(e.Entry) ? CellShown.Small : suppressed.Contains(e.Entry) ? CellShown.Withheld : CellShown.Value)).ToList())).ToList();
    }
}
