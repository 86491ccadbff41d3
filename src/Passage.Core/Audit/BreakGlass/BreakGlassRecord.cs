namespace Passage.Core.Audit.BreakGlass;

/// <summary>The kinds of record that can be opened in an emergency.</summary>
public enum BreakGlassRecord
{
    Person = 1,
    Case = 2,

    /// <summary>One casualty of an incident: who it is.</summary>
    Casualty = 3,
}
