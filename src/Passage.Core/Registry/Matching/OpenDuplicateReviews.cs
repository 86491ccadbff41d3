using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Registry.Matching;

/// <summary>One side of a proposed pair, as the reviewer compares it.</summary>
public sealed record ReviewedPerson(Guid Id, string RegistrationNumber, string Name, string? NameArabic, string? FatherName, string BirthDate, string CampLocation);

/// <summary>An open pair in the review queue.</summary>
public sealed record DuplicateReviewRow(long Id, double Probability, string Explanation, DateTimeOffset FoundAt, ReviewedPerson A, ReviewedPerson B);

/// <summary>The queue of possible duplicates waiting for a reviewer, most likely first.</summary>
public sealed class OpenDuplicateReviews(PassageDbContext db, Actor actor)
{
    public async Task<Result<Page<DuplicateReviewRow>>> ExecuteAsync(int? page = null, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.WriteBiodata))
        {
            return Problem.NotFound("Review queue");
        }

        var paging = Paging.Check(page, null);
        if (!paging.Succeeded)
        {
            return paging.Problem!;
        }

        var (number, size) = paging.Value;
        var open = db.DuplicateReviews.AsNoTracking().Where(r => r.Status == DuplicateReviewStatus.Open);
        var total = await open.CountAsync(ct);
        var reviews = await open.OrderByDescending(r => r.Probability).ThenBy(r => r.Id).Skip((number - 1) * size).Take(size).ToListAsync(ct);
        var ids = reviews.SelectMany(r => new[] { r.PersonA, r.PersonB }).Distinct().ToList();
        var persons = await db.Persons.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var rows = reviews
            .Where(r => persons.ContainsKey(r.PersonA) && persons.ContainsKey(r.PersonB))
            .Select(r => new DuplicateReviewRow(r.Id, r.Probability, r.Explanation, r.FoundAt, Side(persons[r.PersonA]), Side(persons[r.PersonB])))
            .ToList();
        return new Page<DuplicateReviewRow>(rows, number, size, total);
    }

    private static ReviewedPerson Side(Person p) =>
        new(p.Id, p.RegistrationNumber, p.FullName, p.FullNameArabic, p.FatherName, p.BirthDate.ToString(), $"{p.CampBlock} / {p.CampUnit}");
}
