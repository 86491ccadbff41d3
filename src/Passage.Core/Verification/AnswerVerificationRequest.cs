using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Registry.Matching;
using Passage.Core.Storage;

namespace Passage.Core.Verification;

/// <summary>What a supervisor answers: the answer, whom of the candidates the claim is (for a verified answer) and a note kept in the operation.</summary>
public sealed record VerificationDecision(VerificationAnswer? Answer, Guid? PersonId = null, string? Note = null);

/// <summary>
/// A registration supervisor answers a request: verified (naming the candidate it is), not verified, or cannot determine.
/// A verified answer carries the registration number only when the asking country holds it already. Answering the same
/// person for two claims that describe different people raises a fraud flag.
/// </summary>
public sealed class AnswerVerificationRequest(PassageDbContext db, Actor actor, RegistryIndex index, TimeProvider clock)
{
    public async Task<Result<VerificationRequestView>> ExecuteAsync(Guid id, VerificationDecision decision, CancellationToken ct = default)
    {
        var request = actor.Can(Permission.AnswerVerification)
            ? await db.VerificationRequests.Include(r => r.Candidates).SingleOrDefaultAsync(r => r.Id == id, ct)
            : null;
        if (request is null)
        {
            return Problem.NotFound("Verification request");
        }

        var errors = new ValidationErrors();
        if (decision.Answer is not { } answer || !Enum.IsDefined(answer))
        {
            errors.Add(nameof(decision.Answer), "Choose verified, not verified or cannot determine.");
            answer = default;
        }
        else if (answer == VerificationAnswer.Verified && request.Candidates.All(c => c.PersonId != decision.PersonId))
        {
            errors.Add(nameof(decision.PersonId), "Choose which of the candidates the person is.");
        }

        var note = TextRules.FreeText(decision.Note, nameof(decision.Note), errors, TextRules.ReasonLength);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var person = answer == VerificationAnswer.Verified ? decision.PersonId : null;
        string? held = null;
        if (person is { } p && (await HeldNumbers.HeldByAsync(db, request.CountryCode, [p], ct)).Count > 0)
        {
            held = await db.Persons.IgnoreQueryFilters().Where(x => x.Id == p).Select(x => x.RegistrationNumber).SingleAsync(ct);
        }

        var now = clock.GetUtcNow();
        if (request.Give(answer, person, held, note, actor, now) is { } refusal)
        {
            return Problem.Refused(refusal);
        }

        if (person is not null)
        {
            var flagged = await db.VerificationFlags.Where(f => f.RequestId == id || f.OtherRequestId == id)
                .Select(f => f.RequestId == id ? f.OtherRequestId : f.RequestId).ToListAsync(ct);
            var others = (await FraudChecks.EarlierAsync(db, ct)).Where(e => !flagged.Contains(e.Request.Id));
            db.VerificationFlags.AddRange(FraudChecks.Between(request, person, others, index, now).Where(f => f.Sign == FraudSign.IdentityClaimedTwice));
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problem.Conflict();
        }

        return VerificationRequestView.Of(request);
    }
}
