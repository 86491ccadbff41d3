using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Common;
using Passage.Core.Registry;
using Passage.Core.Storage;

namespace Passage.Core.Verification;

/// <summary>
/// The supervisors' queue of requests (unanswered first, one page at a time) and one request with its candidates and flags. Opening a request
/// reads the candidates' biodata: each is audited as a read of that person.
/// </summary>
public sealed class ReviewVerificationRequest(PassageDbContext db, Actor actor, AuditLog audit)
{
    public async Task<Result<Page<VerificationQueueEntry>>> QueueAsync(int? page = null, int? pageSize = null, CancellationToken ct = default)
    {
        var paging = Paging.Check(page, pageSize);
        if (!paging.Succeeded)
        {
            return paging.Problem!;
        }

        var (number, size) = paging.Value;
        if (!actor.Can(Permission.AnswerVerification))
        {
            return new Page<VerificationQueueEntry>([], number, size, 0);
        }

        var rows = await db.VerificationRequests.AsNoTracking()
            .OrderBy(r => r.Answer != null).ThenByDescending(r => r.SubmittedAt).ThenBy(r => r.Id).Skip((number - 1) * size).Take(size)
            .Select(r => new VerificationQueueEntry(r.Id, r.CountryCode, r.SubmittedAt, r.Answer,
                db.VerificationFlags.Count(f => f.RequestId == r.Id || f.OtherRequestId == r.Id)))
            .ToListAsync(ct);
        var total = await db.VerificationRequests.CountAsync(ct);
        await audit.RecordNowAsync(AuditAction.Searched, nameof(VerificationRequest), "*", $"{rows.Count} shown for review", ct);
        return new Page<VerificationQueueEntry>(rows, number, size, total);
    }

    public async Task<Result<VerificationReview>> ExecuteAsync(Guid id, CancellationToken ct = default)
    {
        var request = actor.Can(Permission.AnswerVerification)
            ? await db.VerificationRequests.AsNoTracking().Include(r => r.Candidates).SingleOrDefaultAsync(r => r.Id == id, ct)
            : null;
        if (request is null)
        {
            return Problem.NotFound("Verification request");
        }

        var ids = request.Candidates.Select(c => c.PersonId).ToList();
        var persons = await (
                from p in db.Persons.IgnoreQueryFilters().AsNoTracking()
                where ids.Contains(p.Id)
                join c in db.Cases on p.CaseId equals c.Id
                select new { Person = p, c.Status })
            .ToDictionaryAsync(p => p.Person.Id, ct);
        var held = await HeldNumbers.HeldByAsync(db, request.CountryCode, ids, ct);
        var candidates = request.Candidates.OrderBy(c => c.Rank)
            .Where(c => persons.ContainsKey(c.PersonId))
            .Select(c =>
            {
                var p = persons[c.PersonId].Person;
                return new ReviewCandidate(p.Id, p.RegistrationNumber, p.FullName, p.FullNameArabic, p.FatherName ?? p.FatherNameArabic, p.BirthDate.ToString(),
                    persons[c.PersonId].Status, c.Probability, c.Explanation, held.Contains(p.Id));
            })
            .ToList();
        var flags = await (
                from f in db.VerificationFlags.AsNoTracking()
                where f.RequestId == id || f.OtherRequestId == id
                let otherId = f.RequestId == id ? f.OtherRequestId : f.RequestId
                join o in db.VerificationRequests on otherId equals o.Id
                orderby f.Id
                select new ReviewFlag(o.Id, o.CountryCode, o.SubmittedAt, f.Sign, f.Evidence))
            .ToListAsync(ct);
        var verified = request.VerifiedPersonId is { } v
            ? await db.Persons.IgnoreQueryFilters().Where(p => p.Id == v).Select(p => p.RegistrationNumber).SingleOrDefaultAsync(ct)
            : null;

        audit.Record(AuditAction.Viewed, nameof(VerificationRequest), id.ToString(), $"{candidates.Count} candidates, {flags.Count} flags");
        foreach (var candidate in candidates)
        {
            audit.Record(AuditAction.Viewed, nameof(Person), candidate.PersonId.ToString(), "verification candidate");
        }

        await db.SaveChangesAsync(ct);
        return new VerificationReview(VerificationRequestView.Of(request), request.SubmittedByName, candidates, flags,
            request.AnswerNote, request.AnsweredByName, request.AnsweredAt, verified);
    }
}
