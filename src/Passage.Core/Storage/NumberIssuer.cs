using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Passage.Core.Storage;

/// <summary>Issues registration and case numbers from <see cref="NumberSequence"/> rows, atomically on both databases.</summary>
public static class NumberIssuer
{
    /// <summary>Takes the next number of a sequence. The increment is committed at once; a number is never issued twice.</summary>
    public static async Task<long> NextAsync(PassageDbContext db, string sequence, CancellationToken ct = default)
    {
        var values = await db.Database
            .SqlQuery<long>($"UPDATE \"NumberSequences\" SET \"Next\" = \"Next\" + 1 WHERE \"Name\" = {sequence} RETURNING \"Next\" - 1 AS \"Value\"")
            .ToListAsync(ct);
        return values.Count == 1 ? values[0] : throw new InvalidOperationException($"Number sequence '{sequence}' is missing.");
    }

    /// <summary>
    /// Takes <paramref name="count"/> consecutive numbers of a sequence at once and returns the first; the block is
    /// committed at once and never issued again, for bulk work such as imports and the demo operation.
    /// </summary>
    public static async Task<long> ReserveAsync(PassageDbContext db, string sequence, int count, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var values = await db.Database
            .SqlQuery<long>($"UPDATE \"NumberSequences\" SET \"Next\" = \"Next\" + {count} WHERE \"Name\" = {sequence} RETURNING \"Next\" - {count} AS \"Value\"")
            .ToListAsync(ct);
        return values.Count == 1 ? values[0] : throw new InvalidOperationException($"Number sequence '{sequence}' is missing.");
    }

    public static string RegistrationNumber(long n) => "PSG-" + n.ToString("D6", CultureInfo.InvariantCulture);

    public static string CaseNumber(long n) => "C-" + n.ToString("D6", CultureInfo.InvariantCulture);

    public static string FamilyRequestNumber(long n) => "FR-" + n.ToString("D6", CultureInfo.InvariantCulture);
}
