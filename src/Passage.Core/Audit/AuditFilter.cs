namespace Passage.Core.Audit;

/// <summary>What the auditor searches the log by; every part optional. Dates are inclusive, in UTC.</summary>
public sealed record AuditFilter(
    string? UserName = null,
    string? EntityType = null,
    string? EntityId = null,
    AuditAction? Action = null,
    DateOnly? From = null,
    DateOnly? To = null);
