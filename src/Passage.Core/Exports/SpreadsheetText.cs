namespace Passage.Core.Exports;

/// <summary>Makes text safe to open in a spreadsheet: a cell that begins like a formula is prefixed with an apostrophe.</summary>
public static class SpreadsheetText
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static string Neutralise(string value) =>
        value.Length > 0 && FormulaStarts.Contains(value[0]) ? "'" + value : value;
}
