using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Audit.BreakGlass;
using Passage.Core.Common;
using Passage.Core.Registry;
using Passage.Core.Storage;

namespace Passage.Core.Cases;

/// <summary>
/// Opens a case for the acting user: its members, history and the transitions they may make. Audited. Under emergency
/// access (<see cref="BreakGlassAccess"/>) only its members and status.
/// </summary>
public sealed class ViewCase(PassageDbContext db, Actor actor, AuditLog audit, TimeProvider clock)
{
    private readonly BreakGlassAccess _breakGlass = new(db, clock);

    public async Task<Result<CaseView>> ExecuteAsync(Guid id, CancellationToken ct = default)
    {
        var grant = await _breakGlass.ActiveGrantAsync(actor, BreakGlassRecord.Case, id, ct);
        if (!actor.Can(Permission.ReadCases) && grant is null)
        {
            return await _breakGlass.RefuseAsync(actor, BreakGlassRecord.Case, id, ct);
        }

        var @case = await db.Cases.AsNoTracking().Include(c => c.Events).SingleOrDefaultAsync(c => c.Id == id, ct);
        if (@case is null)
        {
            return Problem.NotFound("Case");
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var members = (await db.Persons.AsNoTracking().Where(p => p.CaseId == id).OrderBy(p => p.RegistrationNumber).ToListAsync(ct))
            .Select(p => new CaseMemberView(p.Id, p.RegistrationNumber, p.FullName, p.FullNameArabic, p.Sex, p.BirthDate.ToString(), p.BirthDate.AgeOn(today)))
            .ToList();
        var history = actor.MayRead(FieldGroup.CaseHistory) ? CaseHistory.For(@case.Events, actor) : [];
        var available = @case.AvailableTo(actor).Select(t => t.To).Distinct().ToList();

        // A view under emergency access is written at once; an ordinary one may wait for the read audit queue.
        await (grant is null
            ? audit.RecordReadAsync(AuditAction.Viewed, nameof(Case), @case.Id.ToString(), ct: ct)
            : audit.RecordNowAsync(AuditAction.Viewed, nameof(Case), @case.Id.ToString(), BreakGlassAccess.AuditDetail(grant), ct));
        return new CaseView(@case.Id, @case.CaseNumber, @case.Status, @case.HeldFrom, @case.Version, @case.OpenedAt, members, history, available)
        {
            BreakGlassUntil = grant?.ExpiresAt,
        };
    }
}
