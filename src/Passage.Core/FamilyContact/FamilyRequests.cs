using Microsoft.EntityFrameworkCore;
using Passage.Core.Common;
using Passage.Core.Registry.Matching;
using Passage.Core.Storage;
using Passage.Matching.Comparison;
using Passage.Matching.Records;

namespace Passage.Core.FamilyContact;

/// <summary>What the family contact use cases share: loading a request, and how its sought person is put to the matching engine.</summary>
internal static class FamilyRequests
{
    public const string Entity = "Family request";

    public static Task<FamilyRequest?> FindAsync(PassageDbContext db, Guid id, CancellationToken ct) =>
        db.Set<FamilyRequest>().Include(r => r.Contacts).SingleOrDefaultAsync(r => r.Id == id, ct);

    /// <summary>The sought person as the engine's query: the name as given, the name in the other script, an approximate birth year, the father's name.</summary>
    public static IReadOnlyList<PersonRecord> Query(FamilyRequest request)
    {
        BirthDate? birth = request.SoughtBirthYear switch
        {
            int year when year <= BirthDate.LastSolarHijriYear => BirthDate.FromSolarHijriYear(year),
            int year => new BirthDate(year, 0, 0),
            null => null,
        };
        var names = new[] { request.SoughtName, request.SoughtNameOtherScript }.OfType<string>();
        return names.Select(n => new PersonRecord("query", Name: n, Birth: birth, Father: request.SoughtFatherName)).ToList();
    }

    /// <summary>Saves a change to a request, or answers "changed by someone else".</summary>
    public static async Task<Result<T>> SaveAsync<T>(PassageDbContext db, FamilyRequest request, long expectedVersion, T value, CancellationToken ct)
    {
        db.Entry(request).Property(r => r.Version).OriginalValue = expectedVersion;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problem.Conflict();
        }

        return value;
    }

    public static IReadOnlyList<RegistryMatch> Candidates(RegistryIndex index, FamilyRequest request, int top) =>
        index.FindSamePerson(Query(request), top);
}
