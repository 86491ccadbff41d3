using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.FamilyContact;
using Passage.Core.Registry.Matching;
using Passage.Core.Storage;

namespace Passage.Core.Demo;

/// <summary>
/// Family contact requests of the demo operation at every stage: just received, no one found, waiting for the sought
/// person's answer, accepted with a call arranged, a message only with the message passed, declined, consent withdrawn; and a
/// requester flagged for asking about many people. Fictitious requesters and details; sealed like any request.
/// </summary>
internal static class DemoFamilyContact
{
    private static readonly (string Requester, RequesterRelationship Relationship, string Contact, string Reason)[] Requesters =
    [
        ("Kamran Rostami", RequesterRelationship.Sibling, "+49 151 0000 1101", "Lost contact in 2012; our mother asks after her son."),
        ("Shahla Ghorbani", RequesterRelationship.Parent, "+46 70 000 1102", "I have not heard from my daughter for six years."),
        ("Dariush Navabi", RequesterRelationship.Child, "+31 6 0000 1103", "My father does not know my children."),
        ("Mahnaz Kiani", RequesterRelationship.Spouse, "+44 7700 001104", "We were separated when I left in 2010."),
        ("Arash Tavakoli", RequesterRelationship.OtherRelative, "+1 416 000 1105", "Our grandmother died and left something to him."),
        ("Simin Zand", RequesterRelationship.Sibling, "+98 912 000 1106", "Our father is very ill and asks for her."),
        ("Behrouz Shams", RequesterRelationship.Friend, "+90 532 000 1107", "We studied together and I want to know he is well."),
    ];

    public static async Task SeedAsync(PassageDbContext db, Actor tracing, DateTimeOffset now, CancellationToken ct)
    {
        var sought = await db.Persons.AsNoTracking().Where(p => p.MergedIntoId == null).OrderBy(p => p.RegistrationNumber).Skip(40).Take(12).ToListAsync(ct);
        if (sought.Count < Requesters.Length + 3)
        {
            return;
        }

        var stages = Enum.GetValues<FamilyRequestStage>();
        for (var i = 0; i < stages.Length; i++)
        {
            var (requester, relationship, contact, reason) = Requesters[i];
            var person = sought[i];
            var at = now.AddDays(-(60 - (i * 7)));
            var request = await ReceiveAsync(db, requester, relationship, contact, $"{person.GivenName} {person.FamilyName}", person.BirthYear, person.FatherName, reason, tracing, at, ct);
            Advance(request, stages[i], person.Id, tracing, at);
        }

        // One requester asks about three unrelated residents in a month: flagged for the security officer.
        for (var i = 0; i < 3; i++)
        {
            var person = sought[Requesters.Length + i];
            var at = now.AddDays(-(20 - (i * 5)));
            var request = await ReceiveAsync(db, "Nader Farahani", RequesterRelationship.OtherRelative, "+964 770 000 1199",
                $"{person.GivenName} {person.FamilyName}", null, null, "Says he is a cousin; cannot say how.", tracing, at, ct);
            if (i == 2)
            {
                db.Add(new FamilyRequestFlag(request.Id, FlagReason.ManyPeople, at));
            }
        }

        await db.SaveChangesAsync(ct);
    }

    private static async Task<FamilyRequest> ReceiveAsync(
        PassageDbContext db, string requester, RequesterRelationship relationship, string contact, string sought, int? born, string? father, string reason,
        Actor tracing, DateTimeOffset at, CancellationToken ct)
    {
        var details = new ValidFamilyRequestDetails(
            requester, relationship, contact, IdentityCheck.DocumentSeen, null, PersonMatchRecords.Keys(PersonMatchRecords.ForName(requester)),
            sought, null, born, father, null, PersonMatchRecords.Keys(PersonMatchRecords.ForName(sought)), reason);
        var number = NumberIssuer.FamilyRequestNumber(await NumberIssuer.NextAsync(db, NumberSequence.FamilyRequests, ct));
        var request = FamilyRequest.Receive(number, details, tracing, at);
        db.Add(request);
        return request;
    }

    private static void Advance(FamilyRequest request, FamilyRequestStage stage, Guid personId, Actor tracing, DateTimeOffset at)
    {
        if (stage == FamilyRequestStage.Received)
        {
            return;
        }

        request.Confirm(stage == FamilyRequestStage.NoneFound ? null : personId, tracing, at.AddDays(2));
        var answer = stage switch
        {
            FamilyRequestStage.Accepted => ConsentAnswer.Accept,
            FamilyRequestStage.MessageOnly => ConsentAnswer.MessageOnly,
            FamilyRequestStage.Declined => ConsentAnswer.Decline,
            FamilyRequestStage.ConsentWithdrawn => ConsentAnswer.Accept,
            _ => (ConsentAnswer?)null,
        };
        if (answer is not { } given)
        {
            return;
        }

        request.Answer(given, "Asked alone at the protection office.", tracing, at.AddDays(5));
        if (stage == FamilyRequestStage.ConsentWithdrawn)
        {
            request.WithdrawConsent("Does not want contact after all.", tracing, at.AddDays(9));
        }
        else if (stage is FamilyRequestStage.Accepted or FamilyRequestStage.MessageOnly)
        {
            var kind = stage == FamilyRequestStage.Accepted ? ContactKind.CallArranged : ContactKind.MessagePassed;
            request.RecordContact(kind, kind == ContactKind.CallArranged ? "Call held at the agency office." : "Letter handed over in person.", tracing, at.AddDays(7));
        }
    }
}
