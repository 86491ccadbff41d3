namespace Passage.Core.Accounts;

/// <summary>How far a grant of <see cref="AccessPolicy"/> reaches.</summary>
public enum AccessScope
{
    /// <summary>Not granted.</summary>
    None,

    /// <summary>Only the records of the actor's own country: a country delegate's submitted cases.</summary>
    OwnCountry,

    /// <summary>Every record.</summary>
    All,
}
