using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Common;
using Passage.Core.Registry;
using Passage.Core.Storage;

namespace Passage.Core.Pledges;

/// <summary>
/// Builds a referral's submission dossier from the registry, for whoever may read dossiers (<see cref="Permission.ReadDossier"/>:
/// resettlement officers, and the delegate of the receiving country once it is submitted). Each build is audited as an export.
/// </summary>
public sealed class BuildDossier(PassageDbContext db, Actor actor, AuditLog audit, TimeProvider clock)
{
    public const string Principal = "Principal applicant";

    public async Task<Result<Dossier>> ExecuteAsync(Guid referralId, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.ReadDossier))
        {
            return Problem.NotFound(nameof(Referral));
        }

        var referral = await PledgeAccess.Visible(db.Referrals.AsNoTracking(), actor).SingleOrDefaultAsync(r => r.Id == referralId, ct);
        if (referral is null)
        {
            return Problem.NotFound(nameof(Referral));
        }

        var caseNumber = await db.Cases.Where(c => c.Id == referral.CaseId).Select(c => c.CaseNumber).SingleAsync(ct);
        var withNeeds = actor.MayRead(FieldGroup.NeedsSummary);
        var members = await db.Persons.AsNoTracking().Include(p => p.Needs).Where(p => p.CaseId == referral.CaseId).ToListAsync(ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var principal = members.Where(m => m.IsAdultOn(today)).OrderBy(m => m.BirthYear).ThenBy(m => m.RegistrationNumber, StringComparer.Ordinal).FirstOrDefault()
            ?? members.OrderBy(m => m.RegistrationNumber, StringComparer.Ordinal).First();
        var ids = members.Select(m => m.Id).ToList();
        var links = await db.FamilyLinks.AsNoTracking()
            .Where(l => (l.PersonId == principal.Id && ids.Contains(l.RelatedPersonId)) || (l.RelatedPersonId == principal.Id && ids.Contains(l.PersonId)))
            .ToListAsync(ct);

        var dossier = new Dossier(caseNumber, referral.CountryCode, today, members
            .OrderBy(m => m.Id == principal.Id ? 0 : 1).ThenBy(m => m.RegistrationNumber, StringComparer.Ordinal)
            .Select(m => new DossierMember(
                m.RegistrationNumber, m.GivenName, m.FamilyName, m.FatherName, m.GivenNameArabic, m.FamilyNameArabic, m.FatherNameArabic,
                m.Sex.ToString(), m.BirthDate.ToString(), RelationshipTo(principal, m, links),
                withNeeds ? m.Needs.Select(n => SpecificNeed.Label(n.Code)).Order(StringComparer.Ordinal).ToList() : []))
            .ToList());

        await audit.RecordNowAsync(AuditAction.Exported, nameof(Referral), referral.Id.ToString(), $"dossier, {members.Count} persons", ct);
        return dossier;
    }

    private static string RelationshipTo(Person principal, Person member, List<FamilyLink> links)
    {
        if (member.Id == principal.Id)
        {
            return Principal;
        }

        // A link (A, B, r) says B is A's r: seen from the principal, the member is r, or the inverse of r when the link runs the other way.
        var relationship = links.FirstOrDefault(l => l.PersonId == principal.Id && l.RelatedPersonId == member.Id)?.Relationship
            ?? (links.FirstOrDefault(l => l.PersonId == member.Id && l.RelatedPersonId == principal.Id) is { } back ? FamilyLink.Inverse(back.Relationship) : null);
        return relationship switch
        {
            null => "Other member of the case",
            Relationship.OtherRelative => "Other relative",
            { } r => r.ToString(),
        };
    }
}
