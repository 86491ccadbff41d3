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
    /// <summary>The whole camp's registry on one list, and then some.</summary>
    public const int MaxNumbers = 10_000;

    public async Task<Result<ThirdPartyListRecorded>> ExecuteAsync(ThirdPartyListDetails details, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.WriteInterviewRecord))
        {
            return Problem.NotFound("List");
        }

        var errors = new ValidationErrors();
        var sender = TextRules.FreeText(details.Sender, nameof(details.Sender), errors, TextRules.LineLength) ?? "";
        if (sender.Length == 0)
        {
            errors.Add(nameof(details.Sender), "Say who sent the list (at most 200 characters).");
        }

        var now = clock.GetUtcNow();
        OperationDates.CheckPast(details.ReceivedOn, DateOnly.FromDateTime(now.UtcDateTime), nameof(details.ReceivedOn), errors, "The date received cannot be in the future.");
        if (!Enum.IsDefined(details.Kind))
        {
            errors.Add(nameof(details.Kind), "Say whether the list claims residents are ready to leave or not to be moved.");
        }

        if ((details.RegistrationNumbers?.Count ?? 0) > MaxNumbers)
        {
            errors.Add(nameof(details.RegistrationNumbers), $"A list is recorded with at most {MaxNumbers} registration numbers; record a longer one in parts.");
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
