using System.Globalization;
using Passage.Core.Common;

namespace Passage.Core.Audit;

/// <summary>
/// What the auditor searches the log by; every part optional. Dates are inclusive, in UTC. <see cref="SearchedFor"/> finds
/// the searches for a name: typed as a name, it is compared through its fingerprint (<see cref="SearchTerms"/>), as the
/// searches themselves were recorded.
/// </summary>
public sealed record AuditFilter(
    string? UserName = null,
    string? EntityType = null,
    string? EntityId = null,
    AuditAction? Action = null,
    DateOnly? From = null,
    DateOnly? To = null,
    string? SearchedFor = null)
{
    /// <summary>Null when every part is in range on <paramref name="today"/>; otherwise the problem naming each bad one.</summary>
    public Problem? Check(DateOnly today)
    {
        var errors = new ValidationErrors();
        TextRules.Name(UserName, "user", errors, 256);
        TextRules.Name(EntityType, "entityType", errors);
        TextRules.Name(EntityId, "entityId", errors, TextRules.LineLength);
        TextRules.Name(SearchedFor, "searchedFor", errors, TextRules.LineLength);
        if (Action is { } action && !Enum.IsDefined(action))
        {
            errors.Add("action", "Unknown action.");
        }

        if (From is { } from)
        {
            OperationDates.CheckPlanned(from, today, "from", errors);
        }

        if (To is { } to)
        {
            OperationDates.CheckPlanned(to, today, "to", errors);
        }

        return errors.Any ? errors.ToProblem() : null;
    }

    /// <summary>The parts in use with their values, for the audit log.</summary>
    public string Describe() => string.Join("; ", new[]
    {
        string.IsNullOrWhiteSpace(UserName) ? null : $"user={UserName.Trim()}",
        string.IsNullOrWhiteSpace(EntityType) ? null : $"type={EntityType.Trim()}",
        string.IsNullOrWhiteSpace(EntityId) ? null : $"record={EntityId.Trim()}",
        Action is null ? null : $"action={Action}",
        From is null ? null : "from=" + From.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        To is null ? null : "to=" + To.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        string.IsNullOrWhiteSpace(SearchedFor) ? null : $"searched-for={SearchedFor.Trim()}",
    }.Where(x => x is not null));

    /// <summary>The filter with <see cref="SearchedFor"/> replaced by its fingerprint: before it is described or applied.</summary>
    public AuditFilter Fingerprinted(SearchTerms terms) =>
        string.IsNullOrWhiteSpace(SearchedFor) ? this with { SearchedFor = null } : this with { SearchedFor = terms.Fingerprint(SearchedFor) };

    /// <summary>The entries that match, in no order: for the search and the export alike.</summary>
    internal IQueryable<AuditEntry> Apply(IQueryable<AuditEntry> query)
    {
        if (!string.IsNullOrWhiteSpace(UserName))
        {
            var user = UserName.Trim();
            query = query.Where(a => a.UserName == user);
        }

        if (!string.IsNullOrWhiteSpace(EntityType))
        {
            var type = EntityType.Trim();
            query = query.Where(a => a.EntityType == type);
        }

        if (!string.IsNullOrWhiteSpace(EntityId))
        {
            var id = EntityId.Trim();
            query = query.Where(a => a.EntityId == id);
        }

        if (Action is { } action)
        {
            query = query.Where(a => a.Action == action);
        }

        if (!string.IsNullOrWhiteSpace(SearchedFor))
        {
            var recorded = "query=" + SearchedFor.Trim();
            query = query.Where(a => a.Action == AuditAction.Searched && a.Detail != null && a.Detail.Contains(recorded));
        }

        if (From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            query = query.Where(a => a.At >= start);
        }

        if (To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            query = query.Where(a => a.At < end);
        }

        return query;
    }
}
