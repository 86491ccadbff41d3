namespace Passage.Core.Reporting;

/// <summary>
/// A table of counts to publish with its row totals, column totals and grand total. Tables whose rows (or columns) are the
/// same breakdown share those totals: <see cref="RowMargin"/> and <see cref="ColumnMargin"/> name the breakdown, so that the
/// published totals of "departures by country and month" and "departures by country and sex" are known to be the same numbers.
/// Tables of one <see cref="Population"/> (what is counted: departures, residents) share their grand total.
/// </summary>
public sealed record CountTable(
    string Name,
    string Population,
    string RowMargin,
    IReadOnlyList<string> Rows,
    string ColumnMargin,
    IReadOnlyList<string> Columns,
    int[,] Counts)
{
    public int RowTotal(int row) => Enumerable.Range(0, Columns.Count).Sum(c => Counts[row, c]);

    public int ColumnTotal(int column) => Enumerable.Range(0, Rows.Count).Sum(r => Counts[r, column]);

    public int Total => Enumerable.Range(0, Rows.Count).Sum(RowTotal);
}

/// <summary>What a published entry shows.</summary>
public enum CellShown
{
    /// <summary>The count itself.</summary>
    Value,

    /// <summary>"&lt;5": a count of 1 to 4.</summary>
    Small,

    /// <summary>Withheld so that a small count cannot be worked out from the others and the totals.</summary>
    Withheld,
}

/// <summary>One published entry of a table: a cell, or a total (row index or column index -1 for a total).</summary>
public sealed record PublishedCell(int Row, int Column, int Value, CellShown Shown)
{
    /// <summary>What the reader sees.</summary>
    public string Text => Shown switch
    {
        CellShown.Small => "<5",
        CellShown.Withheld => "×",
        _ => Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

/// <summary>A table as published: every cell and total, each shown or suppressed.</summary>
public sealed record PublishedTable(CountTable Source, IReadOnlyList<PublishedCell> Cells)
{
    /// <summary>The entry at <paramref name="row"/> and <paramref name="column"/>; -1 for the totals.</summary>
    public PublishedCell At(int row, int column) => Cells.Single(c => c.Row == row && c.Column == column);
}
