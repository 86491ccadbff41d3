using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Common;
using Passage.Core.Registry.Matching;
using Passage.Core.Storage;
using Passage.Matching.Scoring;

namespace Passage.Core.FamilyContact;

/// <summary>
/// The registered persons who may be the one a request seeks, best first, each with the matching engine's score and its
/// explanation: names, father's name and birth only, and only while the request waits for its candidate to be confirmed.
/// Audited with the registration numbers shown.
/// </summary>
public sealed class FindFamilyCandidates(PassageDbContext db, Actor actor, AuditLog audit, RegistryIndex index)
{
    public const int MaxCandidates = 8;

    public async Task<Result<IReadOnlyList<FamilyCandidate>>> ExecuteAsync(Guid requestId, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.WriteFamilyRequests))
        {
            return Problem.NotFound(FamilyRequests.Entity);
        }

        var request = await db.Set<FamilyRequest>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId, ct);
        if (request is null)
        {
            return Problem.NotFound(FamilyRequests.Entity);
        }

        if (request.Stage is not (FamilyRequestStage.Received or FamilyRequestStage.NoneFound))
        {
            return Result.Ok<IReadOnlyList<FamilyCandidate>>([]);
        }

        var candidates = await CandidatesAsync(db, index, request, ct);
        await audit.RecordNowAsync(AuditAction.Searched, nameof(FamilyRequest), requestId.ToString(),
            $"candidates of {request.Number}: {string.Join(", ", candidates.Select(c => c.RegistrationNumber))}", ct);
        return Result.Ok(candidates);
    }

    /// <summary>The candidates the engine proposes for a request: persons it does not find to be different people.</summary>
    internal static async Task<IReadOnlyList<FamilyCandidate>> CandidatesAsync(PassageDbContext db, RegistryIndex index, FamilyRequest request, CancellationToken ct)
    {
        var matches = FamilyRequests.Candidates(index, request, MaxCandidates).Where(m => m.Result.Decision != MatchDecision.NonMatch).ToList();
        var ids = matches.Select(m => m.PersonId).ToList();
        var persons = await db.Persons.AsNoTracking().Where(p => ids.Contains(p.Id) && p.MergedIntoId == null).ToDictionaryAsync(p => p.Id, ct);
        return matches.Where(m => persons.ContainsKey(m.PersonId)).Select(m =>
        {
            var p = persons[m.PersonId];
            return new FamilyCandidate(p.Id, p.RegistrationNumber, p.FullName, p.FullNameArabic, p.FatherName, p.BirthDate.ToString(), m.Result);
        }).ToList();
    }
}
