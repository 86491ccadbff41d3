namespace Passage.Core.Audit.BreakGlass;

/// <summary>A request to open a record in an emergency, as typed on the "not allowed" page or sent to the API.</summary>
public sealed record BreakGlassRequest(string? RecordKind, Guid? RecordId, string? Reason);
