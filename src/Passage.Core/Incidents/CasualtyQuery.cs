using System.Linq.Expressions;
using Passage.Core.Storage;

namespace Passage.Core.Incidents;

/// <summary>Casualties with who they are, in the order they were recorded: for the views that may name them.</summary>
internal static class CasualtyQuery
{
    public static IQueryable<CasualtyView> Identified(PassageDbContext db, Expression<Func<Casualty, bool>> which) =>
        from c in db.Casualties.Where(which)
        join p in db.Persons on c.PersonId equals p.Id
        orderby c.RecordedAt, c.Id
        select new CasualtyView(
            c.Id, c.IncidentId, c.Outcome, p.Id, p.RegistrationNumber, p.GivenName + " " + p.FamilyName,
            p.GivenNameArabic == null && p.FamilyNameArabic == null ? null : (p.GivenNameArabic ?? "") + " " + (p.FamilyNameArabic ?? ""),
            c.MedicalFollowUp);
}
