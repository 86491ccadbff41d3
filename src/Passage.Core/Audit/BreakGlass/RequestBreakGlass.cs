using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Audit.BreakGlass;

/// <summary>
/// Opens a record in an emergency for the acting user, for <see cref="BreakGlassSettings.Duration"/>, when they state a
/// reason. The grant is logged at once and waits on the auditor's review queue. Every refused request is audited with the
/// record's id only. The reason is checked before the record is looked up, so nobody learns whether a record exists
/// without giving one.
/// </summary>
public sealed class RequestBreakGlass(PassageDbContext db, Actor actor, AuditLog audit, BreakGlassSettings settings, TimeProvider clock)
{
    public async Task<Result<BreakGlassGrantView>> ExecuteAsync(BreakGlassRequest request, CancellationToken ct = default)
    {
        var errors = new ValidationErrors();
        var kind = Enum.GetValues<BreakGlassRecord>()
            .Select(k => (BreakGlassRecord?)k)
            .FirstOrDefault(k => string.Equals(k.ToString(), request.RecordKind?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (kind is null)
        {
            errors.Add(nameof(BreakGlassRequest.RecordKind), "The record must be a Person, a Case or a Casualty.");
        }

        var id = request.RecordId ?? Guid.Empty;
        if (id == Guid.Empty)
        {
            errors.Add(nameof(BreakGlassRequest.RecordId), "Name the record to open.");
        }

        var reason = BreakGlassText.Check(nameof(BreakGlassRequest.Reason), request.Reason, required: true, errors);
        var record = kind?.ToString() ?? "Record";
        if (kind is { } k && !BreakGlassAccess.MayRequest(actor, k))
        {
            return await RefuseAsync(record, id, "role may not break glass here", Problem.Refused(
                actor.Can(Permission.BreakGlass)
                    ? "Your role opens such records without emergency access."
                    : "Your role may not open records in an emergency."), ct);
        }

        if (errors.Any)
        {
            var invalid = errors.ToProblem();
            return await RefuseAsync(record, id, "invalid " + string.Join(", ", invalid.Errors!.Keys.Order(StringComparer.Ordinal)), invalid, ct);
        }

        var exists = kind switch
        {
            BreakGlassRecord.Person => await db.Persons.AnyAsync(p => p.Id == id, ct),
            BreakGlassRecord.Casualty => await db.Casualties.AnyAsync(c => c.Id == id, ct),
            _ => await db.Cases.AnyAsync(c => c.Id == id, ct),
        };
        if (!exists)
        {
            return await RefuseAsync(record, id, "no such record", Problem.NotFound(record), ct);
        }

        var now = clock.GetUtcNow();
        var grant = BreakGlassGrant.Open(actor, kind!.Value, id, reason!, now, settings.Duration);
        db.BreakGlassGrants.Add(grant);
        audit.Record(AuditAction.BreakGlassOpened, record, id.ToString(), $"break-glass grant {grant.Id} until {grant.ExpiresAt.UtcDateTime:O}");
        await db.SaveChangesAsync(ct);
        return BreakGlassGrantView.Of(grant, now);
    }

    private async Task<Problem> RefuseAsync(string record, Guid id, string why, Problem problem, CancellationToken ct)
    {
        await audit.RecordNowAsync(AuditAction.Refused, record, id == Guid.Empty ? "-" : id.ToString(), "break-glass refused: " + why, ct);
        return problem;
    }
}
