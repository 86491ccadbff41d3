namespace Passage.Core.Reporting;

/// <summary>One published number; totals of the same breakdown share one entry across tables.</summary>
internal sealed record Entry(string Key, bool IsTotal);

/// <summary>
/// The published numbers of a set of tables and the equations that bind them: every row and column of a table sums to
/// its total, and the row totals and the column totals each sum to the grand total.
/// </summary>
internal sealed class EntrySystem
{
    private EntrySystem(Dictionary<Entry, int> values, List<Entry[]> equations)
    {
        Values = values;
        Equations = equations;
    }

    public IReadOnlyDictionary<Entry, int> Values { get; }

    /// <summary>Each equation lists its entries; the last one is the total the others sum to.</summary>
    public IReadOnlyList<Entry[]> Equations { get; }

    public IEnumerable<Entry> Entries => Values.Keys;

    /// <summary>The entries of one table with their row and column (-1 for a total).</summary>
    public static IEnumerable<(int Row, int Column, Entry Entry)> EntriesOf(CountTable t)
    {
        for (var r = 0; r < t.Rows.Count; r++)
        {
            for (var c = 0; c < t.Columns.Count; c++)
            {
                yield return (r, c, new Entry($"{t.Name}|{t.Rows[r]}|{t.Columns[c]}", false));
            }

            yield return (r, -1, RowTotal(t, r));
        }

        for (var c = 0; c < t.Columns.Count; c++)
        {
            yield return (-1, c, ColumnTotal(t, c));
        }

        yield return (-1, -1, GrandTotal(t));
    }

    public static EntrySystem Of(IReadOnlyList<CountTable> tables)
    {
        var values = new Dictionary<Entry, int>();
        var equations = new List<Entry[]>();
        foreach (var t in tables)
        {
            foreach (var (row, column, entry) in EntriesOf(t))
            {
                var value = row < 0 && column < 0 ? t.Total : row < 0 ? t.ColumnTotal(column) : column < 0 ? t.RowTotal(row) : t.Counts[row, column];
                if (values.TryGetValue(entry, out var known) && known != value)
                {
                    throw new ArgumentException($"Tables that share {entry.Key} must agree on it ({known} and {value}).", nameof(tables));
                }

                values[entry] = value;
            }

            Entry Cell(int r, int c) => new($"{t.Name}|{t.Rows[r]}|{t.Columns[c]}", false);
            for (var r = 0; r < t.Rows.Count; r++)
            {
                equations.Add([.. Enumerable.Range(0, t.Columns.Count).Select(c => Cell(r, c)), RowTotal(t, r)]);
            }

            for (var c = 0; c < t.Columns.Count; c++)
            {
                equations.Add([.. Enumerable.Range(0, t.Rows.Count).Select(r => Cell(r, c)), ColumnTotal(t, c)]);
            }

            equations.Add([.. Enumerable.Range(0, t.Rows.Count).Select(r => RowTotal(t, r)), GrandTotal(t)]);
            equations.Add([.. Enumerable.Range(0, t.Columns.Count).Select(c => ColumnTotal(t, c)), GrandTotal(t)]);
        }

        return new EntrySystem(values, equations.Select(e => e.Distinct().ToArray()).Distinct(new SameEntries()).ToList());
    }

    /// <summary>
    /// The suppressed entries whose value the shown ones determine: reduced to row echelon form over the suppressed
    /// entries, an equation left with one unknown names it (a unit vector in the equations' row space).
    /// </summary>
    public IEnumerable<Entry> Determined(IReadOnlySet<Entry> suppressed)
    {
        var unknowns = suppressed.OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
        var index = unknowns.Select((e, i) => (e, i)).ToDictionary(x => x.e, x => x.i);
        var rows = Equations
            .Select(eq => eq.Select((e, i) => (e, coefficient: i == eq.Length - 1 ? -1.0 : 1.0)).Where(x => index.ContainsKey(x.e))
                .Aggregate(new double[unknowns.Count], (row, x) =>
                {
                    row[index[x.e]] += x.coefficient;
                    return row;
                }))
            .Where(r => r.Any(v => v != 0))
            .ToList();
        var pivotRow = 0;
        for (var col = 0; col < unknowns.Count && pivotRow < rows.Count; col++)
        {
            var found = rows.FindIndex(pivotRow, r => Math.Abs(r[col]) > 1e-9);
            if (found < 0)
            {
                continue;
            }

            (rows[pivotRow], rows[found]) = (rows[found], rows[pivotRow]);
            var pivot = rows[pivotRow];
            var scale = pivot[col];
            for (var k = 0; k < pivot.Length; k++)
            {
                pivot[k] /= scale;
            }

            for (var r = 0; r < rows.Count; r++)
            {
                if (r != pivotRow && Math.Abs(rows[r][col]) > 1e-9)
                {
                    var factor = rows[r][col];
                    for (var k = 0; k < pivot.Length; k++)
                    {
                        rows[r][k] -= factor * pivot[k];
                    }
                }
            }

            pivotRow++;
        }

        return rows.Take(pivotRow)
            .Where(r => r.Count(v => Math.Abs(v) > 1e-9) == 1)
            .Select(r => unknowns[Array.FindIndex(r, v => Math.Abs(v) > 1e-9)]);
    }

    private static Entry RowTotal(CountTable t, int r) => new($"{t.Population}|{t.RowMargin}={t.Rows[r]}", true);

    private static Entry ColumnTotal(CountTable t, int c) => new($"{t.Population}|{t.ColumnMargin}={t.Columns[c]}", true);

    private static Entry GrandTotal(CountTable t) => new($"{t.Population}|total", true);

    private sealed class SameEntries : IEqualityComparer<Entry[]>
    {
        public bool Equals(Entry[]? x, Entry[]? y) => x is not null && y is not null && x.SequenceEqual(y);

        public int GetHashCode(Entry[] obj) => obj.Aggregate(0, (h, e) => HashCode.Combine(h, e));
    }
}
