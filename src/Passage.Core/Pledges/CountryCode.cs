namespace Passage.Core.Pledges;

/// <summary>ISO 3166-1 alpha-2 country codes, as pledges, preferences and country delegates carry them.</summary>
public static class CountryCode
{
    /// <summary>The upper-case code when <paramref name="text"/> is an ISO 3166-1 alpha-2 code (<see cref="Countries"/>); null otherwise.</summary>
    public static string? Normalise(string? text)
    {
        var code = (text ?? "").Trim().ToUpperInvariant();
        return Countries.IsCode(code) ? code : null;
    }

    /// <summary>The English name of a country for people to read, or the code itself when unknown.</summary>
    public static string Name(string code) => Countries.NameOf(code) ?? code;
}
