using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Registry;

/// <summary>A family link as recorded: the two registration numbers and what the second person is to the first.</summary>
public sealed record FamilyLinkRecorded(string RegistrationNumber, string RelatedRegistrationNumber, Relationship Relationship, bool SameCase);

/// <summary>
/// Records that another registered person is family of a person (a spouse, parent, child, sibling or other relative),
/// in the same case or in another one. Biodata: whoever registers persons records it. One link per pair of persons,
/// read from both sides (the parent of one is the child of the other).
/// </summary>
public sealed class LinkFamilyMembers(PassageDbContext db, Actor actor)
{
    public const string RelatedField = "RelatedPerson";
    public const string RelationshipField = "Relationship";

    public async Task<Result<FamilyLinkRecorded>> ExecuteAsync(Guid personId, string? relatedRegistrationNumber, Relationship? relationship, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.WriteBiodata))
        {
            return Problem.NotFound("Person");
        }

        var person = await db.Persons.AsNoTracking().Where(p => p.Id == personId)
            .Select(p => new { p.Id, p.RegistrationNumber, p.CaseId }).SingleOrDefaultAsync(ct);
        if (person is null)
        {
            return Problem.NotFound("Person");
        }

        var errors = new ValidationErrors();
        if (relationship is not { } chosen || !Enum.IsDefined(chosen))
        {
            errors.Add(RelationshipField, "Choose what the other person is to this person.");
        }

        var number = RecordNumber.Parse(relatedRegistrationNumber);
        var related = number is null || number.Kind == NumberedKind.Case
            ? null
            : await db.Persons.AsNoTracking().Where(p => p.RegistrationNumber == number.RegistrationNumber)
                .Select(p => new { p.Id, p.RegistrationNumber, p.CaseId }).SingleOrDefaultAsync(ct);
        if (string.IsNullOrWhiteSpace(relatedRegistrationNumber))
        {
            errors.Add(RelatedField, "Enter the registration number of the family member, such as PSG-000123.");
        }
        else if (related is null)
        {
            errors.Add(RelatedField, "No person has that registration number.");
        }
        else if (related.Id == person.Id)
        {
            errors.Add(RelatedField, "A person cannot be linked to themselves.");
        }
        else if (await db.FamilyLinks.AnyAsync(l => (l.PersonId == person.Id && l.RelatedPersonId == related.Id) || (l.PersonId == related.Id && l.RelatedPersonId == person.Id), ct))
        {
            errors.Add(RelatedField, $"{related.RegistrationNumber} is already linked to this person; remove that link first to change it.");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        db.FamilyLinks.Add(new FamilyLink(person.Id, related!.Id, relationship!.Value));
        await db.SaveChangesAsync(ct);
        return new FamilyLinkRecorded(person.RegistrationNumber, related.RegistrationNumber, relationship.Value, related.CaseId == person.CaseId);
    }
}
