using System.Globalization;

namespace Passage.Core.Pledges;

/// <summary>ISO 3166-1 alpha-2 country codes, as pledges, preferences and country delegates carry them.</summary>
public static class CountryCode
{
    /// <summary>
    /// The upper-case code when <paramref name="text"/> is two ASCII letters naming a country the system's region data knows;
    /// null otherwise.
    /// </summary>
    public static string? Normalise(string? text)
    {
        var code = (text ?? "").Trim().ToUpperInvariant();
        if (code.Length != 2 || !code.All(char.IsAsciiLetterUpper))
        {
            return null;
        }

        try
        {
            return new RegionInfo(code).TwoLetterISORegionName == code ? code : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The English name of a country for people to read, or the code itself when unknown.</summary>
    public static string Name(string code)
    {
        try
        {
            return new RegionInfo(code).EnglishName;
        }
        catch (ArgumentException)
        {
            return code;
        }
    }
}
