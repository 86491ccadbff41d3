using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Interviews;

/// <summary>What was received: who sent it, when, what it claims and the registration numbers on it.</summary>
public sealed record ThirdPartyListDetails(string? Sender, DateOnly ReceivedOn, ThirdPartyListKind Kind, IReadOnlyList<string>? RegistrationNumbers);

/// <summary>The recorded list, and the numbers on it that name nobody in the registry.</summary>
public sealed record ThirdPartyListRecorded(Guid ListId, int Listed, IReadOnlyList<string> UnknownNumbers);

/// <summary>
/// Records a list received from a third party as a document. Deliberately touches no case, no person and no interview:
/// a list from anyone changes nobody's status or choice.
/// </summary>
public sealed class RecordThirdPartyList(PassageDbContext db, Actor actor, TimeProvider clock)
{
    public async Task<Result<ThirdPartyListRecorded>> ExecuteAsync(ThirdPartyListDetails details, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.WriteInterviewRecord))
        {
            return Problem.NotFound("List");
        }

        var errors = new ValidationErrors();
        var sender = details.Sender?.Trim() ?? "";
        if (sender.Length is 0 or > 200)
        {
            errors.Add(nameof(details.Sender), "Say who sent the list (at most 200 characters).");
        }

        var now = clock.GetUtcNow();
        if (details.ReceivedOn > DateOnly.FromDateTime(now.UtcDateTime))
        {
            errors.Add(nameof(details.ReceivedOn), "The date received cannot be in the future.");
        }

        var numbers = (details.RegistrationNumbers ?? []).Select(n => n.Trim().ToUpperInvariant()).Where(n => n.Length > 0)
            .Distinct(StringComparer.Ordinal).ToList();
        if (numbers.Count == 0)
        {
            errors.Add(nameof(details.RegistrationNumbers), "The list names nobody.");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var known = await db.Persons.AsNoTracking().Where(p => numbers.Contains(p.RegistrationNumber))
            .ToDictionaryAsync(p => p.RegistrationNumber, p => p.Id, StringComparer.Ordinal, ct);
        var list = ThirdPartyList.Receive(sender, details.ReceivedOn, details.Kind,
            numbers.Select(n => (n, known.TryGetValue(n, out var id) ? id : (Guid?)null)), actor, now);
        db.ThirdPartyLists.Add(list);
        await db.SaveChangesAsync(ct);
        return new ThirdPartyListRecorded(list.Id, numbers.Count, numbers.Where(n => !known.ContainsKey(n)).ToList());
    }
}
