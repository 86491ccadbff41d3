using Passage.Core.Accounts;

namespace Passage.Core.Interviews;

/// <summary>
/// That a protection officer dealt with a flag, and how (the note is sealed like interview notes). The flag is named by
/// its key: a new interview or list raises a new flag, which waits again.
/// </summary>
public sealed class ProtectionFlagReview
{
    public const int KeyLength = 100;

    private ProtectionFlagReview()
    {
    }

    public long Id { get; private set; }

    /// <summary>The <see cref="ProtectionFlag.Key"/> of the flag dealt with.</summary>
    public string FlagKey { get; private set; } = "";

    public Guid PersonId { get; private set; }

    public string Note { get; private set; } = "";

    public string DoneByUserId { get; private set; } = "";

    public string DoneByName { get; private set; } = "";

    public DateTimeOffset DoneAt { get; private set; }

    internal static ProtectionFlagReview Done(ProtectionFlag flag, string note, Actor actor, DateTimeOffset now) => new()
    {
        FlagKey = flag.Key,
        PersonId = flag.PersonId,
        Note = note,
        DoneByUserId = actor.UserId,
        DoneByName = actor.UserName,
        DoneAt = now,
    };
}
