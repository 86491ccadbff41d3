using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Storage;
using Passage.Matching.Scoring;

namespace Passage.Core.Registry.Matching;

/// <summary>One side of a proposed pair, as the reviewer compares it, with the case it belongs to.</summary>
public sealed record ReviewedPerson(
    Guid Id, string RegistrationNumber, string Name, string? NameArabic, string? FatherName, string BirthDate, string CampLocation, Guid CaseId, string CaseNumber);

/// <summary>
/// An open pair in the review queue, scored now (<see cref="RegistryIndex.ScorePair"/>) and explained field by field in
/// <see cref="Result"/>. <see cref="Likelihood"/> is the probability as it may be shown (never "100 %") and
/// <see cref="Band"/> the words of its decision band. <see cref="SameCase"/> says the two are members of one case already.
/// </summary>
public sealed record DuplicateReviewRow(
    long Id, DateTimeOffset FoundAt, ReviewedPerson A, ReviewedPerson B, bool SameCase, MatchResult Result, string Likelihood, string Band);

/// <summary>
/// The queue of possible duplicates waiting for a reviewer, page by page, most likely first by the score of the latest scan
/// (then by when found), so that the pages keep their order while a reviewer works through them. Pairs one of whose records
/// was merged away are not waiting for anyone and are left out of the pages and the count.
/// </summary>
public sealed class OpenDuplicateReviews(PassageDbContext db, Actor actor, RegistryIndex index)
{
    public async Task<Result<Page<DuplicateReviewRow>>> ExecuteAsync(int? page = null, int? pageSize = null, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.WriteBiodata))
        {
            return Problem.NotFound("Review queue");
        }

        var paging = Paging.Check(page, pageSize);
        if (!paging.Succeeded)
        {
            return paging.Problem!;
        }

        var (number, size) = paging.Value;
        var open = db.DuplicateReviews.AsNoTracking()
            .Where(r => r.Status == DuplicateReviewStatus.Open)
            .Where(r => db.Persons.Any(p => p.Id == r.PersonA) && db.Persons.Any(p => p.Id == r.PersonB));
        var total = await open.CountAsync(ct);
        var reviews = await open.OrderByDescending(r => r.Probability).ThenBy(r => r.Id).Skip((number - 1) * size).Take(size).ToListAsync(ct);
        var ids = reviews.SelectMany(r => new[] { r.PersonA, r.PersonB }).Distinct().ToList();
        var persons = await db.Persons.AsNoTracking().Include(p => p.Aliases).AsSplitQuery().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var caseIds = persons.Values.Select(p => p.CaseId).Distinct().ToList();
        var cases = await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.CaseNumber, ct);
        var rows = reviews
            .Where(r => persons.ContainsKey(r.PersonA) && persons.ContainsKey(r.PersonB))
            .Select(r => Row(r, persons[r.PersonA], persons[r.PersonB], cases))
            .ToList();
        return new Page<DuplicateReviewRow>(rows, number, size, total);
    }

    private DuplicateReviewRow Row(DuplicateReview review, Person a, Person b, Dictionary<Guid, string> cases)
    {
        var result = index.ScorePair(a, b);
        return new DuplicateReviewRow(review.Id, review.FoundAt, Side(a, cases), Side(b, cases), a.CaseId == b.CaseId, result,
            Likelihood.Text(result.Probability), Likelihood.Band(result.Probability));
    }

    private static ReviewedPerson Side(Person p, Dictionary<Guid, string> cases) =>
        new(p.Id, p.RegistrationNumber, p.FullName, p.FullNameArabic, p.FatherName, p.BirthDate.ToString(), $"{p.CampBlock} / {p.CampUnit}", p.CaseId, cases[p.CaseId]);
}
