using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Registry;

/// <summary>The person or case a typed number names.</summary>
public sealed record NumberedRecord(NumberedKind Kind, Guid Id, string Number);

/// <summary>
/// Finds the person or case a typed registration or case number names (<see cref="RecordNumber"/>), for a search box that
/// opens it. Bare digits name a registration number first, then a case number. A number the actor may not open answers
/// "not found", exactly like one that names nothing. Audited as a search, with what it found; opening the record is audited
/// again by the view that shows it.
/// </summary>
public sealed class FindByNumber(PassageDbContext db, Actor actor, AuditLog audit)
{
    public async Task<Result<NumberedRecord>> ExecuteAsync(string? typed, NumberedKind only = NumberedKind.Either, CancellationToken ct = default)
    {
        var persons = actor.CanEverywhere(Permission.ReadBiodata) && only != NumberedKind.Case;
        var cases = actor.CanEverywhere(Permission.ReadCases) && only != NumberedKind.Person;
        if (!persons && !cases)
        {
            return Problem.NotFound("Record");
        }

        var number = RecordNumber.Parse(typed);
        NumberedRecord? found = null;
        if (number is not null && persons && number.Kind != NumberedKind.Case)
        {
            found = await db.Persons.AsNoTracking().Where(p => p.RegistrationNumber == number.RegistrationNumber)
                .Select(p => new NumberedRecord(NumberedKind.Person, p.Id, p.RegistrationNumber)).SingleOrDefaultAsync(ct);
        }

        if (number is not null && found is null && cases && number.Kind != NumberedKind.Person)
        {
            found = await db.Cases.AsNoTracking().Where(c => c.CaseNumber == number.CaseNumber)
                .Select(c => new NumberedRecord(NumberedKind.Case, c.Id, c.CaseNumber)).SingleOrDefaultAsync(ct);
        }

        await audit.RecordReadAsync(AuditAction.Searched, found?.Kind == NumberedKind.Case ? nameof(Case) : nameof(Person), found?.Id.ToString() ?? "*",
            $"number: {Asked(number)}; {(found is null ? "none found" : $"found {found.Number}")}", ct);
        return found is null ? Problem.NotFound("Record") : found;
    }

    // What was asked, in its canonical form: the typed text itself may be anything.
    private static string Asked(RecordNumber? number) => number?.Kind switch
    {
        null => "not a number",
        NumberedKind.Person => number.RegistrationNumber,
        NumberedKind.Case => number.CaseNumber,
        _ => $"{number.RegistrationNumber} or {number.CaseNumber}",
    };
}
