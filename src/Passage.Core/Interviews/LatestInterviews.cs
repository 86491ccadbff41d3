using Passage.Core.Storage;

namespace Passage.Core.Interviews;

/// <summary>The interview in force for each person: the one with the highest sequence.</summary>
internal static class LatestInterviews
{
    public static IQueryable<Interview> Of(PassageDbContext db, IEnumerable<Guid> personIds)
    {
        var ids = personIds.ToList();
        return db.Interviews.Where(i => ids.Contains(i.PersonId)
            && !db.Interviews.Any(later => later.PersonId == i.PersonId && later.Sequence > i.Sequence));
    }
}
