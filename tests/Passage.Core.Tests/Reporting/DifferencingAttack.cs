using Passage.Core.Reporting;

namespace Passage.Core.Tests.Reporting;

/// <summary>
/// What an outsider can do with published tables and nothing else: treat every hidden entry as an unknown, write down that
/// each row and column adds up to its total (totals of the same breakdown being the same number in every table), and
/// solve. An unknown is recovered when the equations fix its value: when adding it as one more equation does not raise
/// the rank of the system.
/// </summary>
internal static class DifferencingAttack
{
    /// <summary>The hidden entries the attack recovers, as "key = value".</summary>
    public static IReadOnlyList<string> Recovers(IReadOnlyList<PublishedTable> tables)
    {
        var unknowns = new List<string>();
        var values = new Dictionary<string, int>();
        var equations = new List<(List<string> Plus, string Total)>();
        foreach (var t in tables)
        {
            var s = t.Source;
            string Key(int r, int c) =>
                r >= 0 && c >= 0 ? $"{s.Name}|{s.Rows[r]}|{s.Columns[c]}"
                : r >= 0 ? $"{s.RowMargin}={s.Rows[r]}"
                : c >= 0 ? $"{s.ColumnMargin}={s.Columns[c]}"
                : "total";
            foreach (var cell in t.Cells)
            {
                var key = Key(cell.Row, cell.Column);
                if (cell.Shown == CellShown.Value)
                {
                    values[key] = cell.Value;
                }
                else if (!unknowns.Contains(key))
                {
                    unknowns.Add(key);
                }
            }

            for (var r = 0; r < s.Rows.Count; r++)
            {
                equations.Add(([.. Enumerable.Range(0, s.Columns.Count).Select(c => Key(r, c))], Key(r, -1)));
            }

            for (var c = 0; c < s.Columns.Count; c++)
            {
                equations.Add(([.. Enumerable.Range(0, s.Rows.Count).Select(r => Key(r, c))], Key(-1, c)));
            }

            equations.Add(([.. Enumerable.Range(0, s.Rows.Count).Select(r => Key(r, -1))], "total"));
            equations.Add(([.. Enumerable.Range(0, s.Columns.Count).Select(c => Key(-1, c))], "total"));
        }

        // Each equation as coefficients of the unknowns and the constant its known entries give.
        var system = equations.Select(eq =>
        {
            var row = new double[unknowns.Count + 1];
            foreach (var (key, sign) in eq.Plus.Select(k => (k, 1.0)).Append((eq.Total, -1.0)))
            {
                if (unknowns.IndexOf(key) is var i and >= 0)
                {
                    row[i] += sign;
                }
                else
                {
                    row[^1] -= sign * values[key];
                }
            }

            return row;
        }).ToList();

        var rank = Rank(system, unknowns.Count);
        var recovered = new List<string>();
        for (var i = 0; i < unknowns.Count; i++)
        {
            var probe = new double[unknowns.Count + 1];
            probe[i] = 1;
            if (Rank([.. system, probe], unknowns.Count) == rank)
            {
                recovered.Add($"{unknowns[i]} = {Math.Round(Solve(system, unknowns.Count, i))}");
            }
        }

        return recovered;
    }

    private static int Rank(List<double[]> rows, int width) => Reduce(rows.Select(r => (double[])r.Clone()).ToList(), width).Rank;

    /// <summary>The value of unknown <paramref name="i"/> in a system that fixes it.</summary>
    private static double Solve(List<double[]> rows, int width, int i)
    {
        var (reduced, _) = Reduce(rows.Select(r => (double[])r.Clone()).ToList(), width);
        var row = reduced.First(r => Math.Abs(r[i]) > 1e-9 && Enumerable.Range(0, width).All(k => k == i || Math.Abs(r[k]) < 1e-9));
        return row[^1] / row[i];
    }

    private static (List<double[]> Rows, int Rank) Reduce(List<double[]> rows, int width)
    {
        var rank = 0;
        for (var col = 0; col < width && rank < rows.Count; col++)
        {
            var best = Enumerable.Range(rank, rows.Count - rank).OrderByDescending(r => Math.Abs(rows[r][col])).First();
            if (Math.Abs(rows[best][col]) < 1e-9)
            {
                continue;
            }

            (rows[rank], rows[best]) = (rows[best], rows[rank]);
            for (var r = 0; r < rows.Count; r++)
            {
                if (r != rank)
                {
                    var factor = rows[r][col] / rows[rank][col];
                    for (var k = 0; k <= width; k++)
                    {
                        rows[r][k] -= factor * rows[rank][k];
                    }
                }
            }

            rank++;
        }

        return (rows, rank);
    }
}
