using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Storage;
using Passage.Matching.Scoring;

namespace Passage.Core.Registry.Matching;

/// <summary>
/// Finds registered persons likely to be the same as the biodata being registered (or a person being edited),
/// scored and explained by the matching engine, leaving out pairs a reviewer already found to be different people.
/// </summary>
public sealed class FindDuplicates(PassageDbContext db, Actor actor, RegistryIndex index, TimeProvider clock)
{
    public const int MaxCandidates = 5;

    public async Task<Result<IReadOnlyList<DuplicateCandidate>>> ExecuteAsync(PersonDetails details, Guid? personId = null, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.WriteBiodata))
        {
            return Problem.NotFound("Registry");
        }

        var valid = details.Validate(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        if (!valid.Succeeded)
        {
            return valid.Problem!;
        }

        var matches = index.FindSamePerson(PersonMatchRecords.For(valid.Value), MaxCandidates + 1)
            .Where(m => m.Result.Decision != MatchDecision.NonMatch && m.PersonId != personId)
            .ToList();
        if (matches.Count == 0)
        {
            return Result.Ok<IReadOnlyList<DuplicateCandidate>>([]);
        }

        var ids = matches.Select(m => m.PersonId).ToList();
        if (personId is { } self)
        {
            var separated = await db.DistinctPersons.AsNoTracking()
                .Where(d => (d.PersonA == self && ids.Contains(d.PersonB)) || (d.PersonB == self && ids.Contains(d.PersonA)))
                .Select(d => d.PersonA == self ? d.PersonB : d.PersonA)
                .ToListAsync(ct);
            ids.RemoveAll(separated.Contains);
        }

        var rows = await (
                from p in db.Persons.AsNoTracking()
                where ids.Contains(p.Id)
                join c in db.Cases on p.CaseId equals c.Id
                select new { Person = p, c.CaseNumber })
            .ToDictionaryAsync(r => r.Person.Id, ct);
        return matches
            .Where(m => rows.ContainsKey(m.PersonId))
            .Take(MaxCandidates)
            .Select(m =>
            {
                var p = rows[m.PersonId].Person;
                return new DuplicateCandidate(p.Id, p.RegistrationNumber, p.FullName, p.FullNameArabic, p.FatherName, p.BirthDate.ToString(), rows[m.PersonId].CaseNumber, m.Result);
            })
            .ToList();
    }
}
