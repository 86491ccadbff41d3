using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Common;
using Passage.Core.Registry;
using Passage.Core.Storage;

namespace Passage.Core.Cases;

/// <summary>Opens a case for the acting user: its members, history and the transitions they may make. Audited.</summary>
public sealed class ViewCase(PassageDbContext db, Actor actor, AuditLog audit, TimeProvider clock)
{
    public async Task<Result<CaseView>> ExecuteAsync(Guid id, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.ReadCases))
        {
            return Problem.NotFound("Case");
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
        var history = CaseHistory.For(@case.Events, actor);
        var available = @case.AvailableTo(actor).Select(t => t.To).Distinct().ToList();

        await audit.RecordNowAsync(AuditAction.Viewed, nameof(Case), @case.Id.ToString(), null, ct);
        return new CaseView(@case.Id, @case.CaseNumber, @case.Status, @case.HeldFrom, @case.Version, @case.OpenedAt, members, history, available);
    }
}
