namespace Passage.Core.Audit.BreakGlass;

/// <summary>How long an emergency grant lasts: short, so that a record is open only while the emergency needs it.</summary>
public sealed record BreakGlassSettings
{
    public const int DefaultMinutes = 30;
    public const int MaxMinutes = 24 * 60;

    public BreakGlassSettings(TimeSpan duration)
    {
        if (duration < TimeSpan.FromMinutes(1) || duration > TimeSpan.FromMinutes(MaxMinutes))
        {
            throw new ArgumentOutOfRangeException(nameof(duration), duration, $"An emergency grant lasts from 1 to {MaxMinutes} minutes.");
        }

        Duration = duration;
    }

    public TimeSpan Duration { get; }

    public static BreakGlassSettings Default { get; } = FromMinutes(DefaultMinutes);

    public static BreakGlassSettings FromMinutes(int minutes) => new(TimeSpan.FromMinutes(minutes));
}
