using Passage.Core.Accounts;

namespace Passage.Core.Exports;

/// <summary>
/// One column of an exported list: its header, the field group whose read permission it needs over every record (null: the
/// list's own permission is enough, as for an incident's date), and how a row gives its cell.
/// </summary>
public sealed record ExportColumn<TRow>(string Name, FieldGroup? Group, Func<TRow, string> Value);
