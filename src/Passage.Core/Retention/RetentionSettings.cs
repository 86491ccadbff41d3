using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Passage.Core.Retention;

/// <summary>
/// How long each kind of record is kept after its clock starts, from the settings <c>Passage:Retention:{Kind}:Days</c>.
/// A period of 0 days, or a kind the settings leave out, means the kind is kept for good: the job never touches it.
/// </summary>
public sealed class RetentionSettings
{
    public const string Section = "Passage:Retention";

    /// <summary>The periods the shipped settings files give, in days.</summary>
    public static IReadOnlyDictionary<RetentionKind, int> DefaultDays { get; } = new Dictionary<RetentionKind, int>
    {
        [RetentionKind.ClosedCasePersons] = 1825,
        [RetentionKind.FamilyRequests] = 365,
        [RetentionKind.VerificationRequests] = 730,
        [RetentionKind.ApiTokens] = 90,
        [RetentionKind.IdempotencyRecords] = 3,
        [RetentionKind.IssuedManifests] = 365,
    };

    private readonly Dictionary<RetentionKind, int> _days;

    public RetentionSettings(IReadOnlyDictionary<RetentionKind, int> days)
    {
        foreach (var (kind, value) in days)
        {
            if (value < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(days), value, $"The retention period of {kind} is a number of days, 0 or more.");
            }
        }

        _days = days.Where(d => d.Value > 0).ToDictionary(d => d.Key, d => d.Value);
    }

    /// <summary>Keeps everything: no kind has a period.</summary>
    public static RetentionSettings KeepAll { get; } = new(new Dictionary<RetentionKind, int>());

    /// <summary>Reads <c>Passage:Retention:{Kind}:Days</c> for every kind; an absent or 0 value keeps the kind.</summary>
    public static RetentionSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var days = new Dictionary<RetentionKind, int>();
        foreach (var kind in RetentionKinds.All)
        {
            var text = section[$"{RetentionKinds.Name(kind)}:Days"];
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                throw new InvalidOperationException($"{Section}:{RetentionKinds.Name(kind)}:Days must be a whole number of days, 0 to keep for good.");
            }

            days[kind] = value;
        }

        return new RetentionSettings(days);
    }

    /// <summary>The period of <paramref name="kind"/>; null when it is kept for good.</summary>
    public TimeSpan? PeriodOf(RetentionKind kind) => _days.TryGetValue(kind, out var days) ? TimeSpan.FromDays(days) : null;
}
