using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Audit.BreakGlass;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Registry;

/// <summary>
/// Opens a person's record for the acting user, with only the fields their role may see, and audits the view.
/// A person the actor may not see is "not found", exactly like one that does not exist, unless the actor holds
/// emergency access to them (<see cref="BreakGlassAccess"/>).
/// </summary>
public sealed class ViewPerson(PassageDbContext db, Actor actor, AuditLog audit, TimeProvider clock)
{
    private readonly BreakGlassAccess _breakGlass = new(db, clock);

    public async Task<Result<PersonView>> ExecuteAsync(Guid id, CancellationToken ct = default)
    {
        var grant = await _breakGlass.ActiveGrantAsync(actor, BreakGlassRecord.Person, id, ct);
        if (!actor.CanEverywhere(Permission.ReadBiodata) && grant is null)
        {
            return await _breakGlass.RefuseAsync(actor, BreakGlassRecord.Person, id, ct);
        }

        // One round trip: a person has few aliases and needs, so their product is small.
        var person = await db.Persons.AsNoTracking().AsSingleQuery()
            .Include(p => p.Aliases).Include(p => p.Needs)
            .SingleOrDefaultAsync(p => p.Id == id, ct);
        if (person is null)
        {
            return Problem.NotFound("Person");
        }

        // The case (which keeps its member count) and, when readable, its history in one round trip.
        var readHistory = actor.MayRead(FieldGroup.CaseHistory);
        var cases = db.Cases.AsNoTracking().Where(c => c.Id == person.CaseId);
        var found = readHistory
            ? await cases.Select(c => new CaseRead(c, db.CaseEvents.Where(e => e.CaseId == c.Id).ToList())).SingleAsync(ct)
            : await cases.Select(c => new CaseRead(c, null)).SingleAsync(ct);
        var @case = found.Case;
        var links = actor.CanEverywhere(Permission.ReadBiodata) ? await FamilyLinksAsync(person, ct) : [];
        var history = found.Events is { } events ? CaseHistory.For(events, actor) : null;

        var readNeeds = actor.MayRead(FieldGroup.SpecificNeeds) || grant is not null;
        var view = new PersonView(
            person.Id, person.RegistrationNumber, person.GivenName, person.FamilyName, person.FatherName,
            person.GivenNameArabic, person.FamilyNameArabic, person.FatherNameArabic, person.Sex,
            person.BirthDate.ToString(), person.BirthDate.AgeOn(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)),
            person.CampBlock, person.CampUnit,
            person.Aliases.Select(a => a.Name).ToList(),
            readNeeds ? person.Needs.Select(n => new PersonNeedView(n.Code, SpecificNeed.Label(n.Code), n.Note)).ToList() : null,
            actor.MayRead(FieldGroup.NeedsEscortSummary) ? person.Needs.Count > 0 : null,
            links,
            new CaseSummary(@case.Id, @case.CaseNumber, @case.Status, @case.Members, @case.Version),
            history,
            person.Version,
            person.RegisteredAt)
        {
            BreakGlassUntil = grant?.ExpiresAt,
            AnonymisedAt = person.AnonymisedAt,
        };

        // A view under emergency access is written at once; an ordinary one may wait for the read audit queue.
        await (grant is null
            ? audit.RecordReadAsync(AuditAction.Viewed, nameof(Person), person.Id.ToString(), ct: ct)
            : audit.RecordNowAsync(AuditAction.Viewed, nameof(Person), person.Id.ToString(), BreakGlassAccess.AuditDetail(grant), ct));
        return view;
    }

    private sealed record CaseRead(Case Case, List<CaseEvent>? Events);

    private async Task<List<FamilyLinkView>> FamilyLinksAsync(Person person, CancellationToken ct)
    {
        var outgoing =
            from l in db.FamilyLinks.AsNoTracking()
            where l.PersonId == person.Id
            join p in db.Persons on l.RelatedPersonId equals p.Id
            select new { p.Id, p.RegistrationNumber, p.GivenName, p.FamilyName, p.GivenNameArabic, p.FamilyNameArabic, p.CaseId, l.Relationship, Inverse = false };
        var incoming =
            from l in db.FamilyLinks.AsNoTracking()
            where l.RelatedPersonId == person.Id
            join p in db.Persons on l.PersonId equals p.Id
            select new { p.Id, p.RegistrationNumber, p.GivenName, p.FamilyName, p.GivenNameArabic, p.FamilyNameArabic, p.CaseId, l.Relationship, Inverse = true };
        // Both directions in one round trip (UNION ALL).
        var rows = await outgoing.Concat(incoming).ToListAsync(ct);
        return rows
            .GroupBy(r => r.Id)
            .Select(g => g.First())
            .Select(r => new FamilyLinkView(
                r.Id, r.RegistrationNumber, $"{r.GivenName} {r.FamilyName}",
                r.GivenNameArabic is null && r.FamilyNameArabic is null ? null : $"{r.GivenNameArabic} {r.FamilyNameArabic}".Trim(),
                r.Inverse ? FamilyLink.Inverse(r.Relationship) : r.Relationship,
                r.CaseId == person.CaseId))
            .OrderBy(l => l.RegistrationNumber, StringComparer.Ordinal)
            .ToList();
    }
}
