using Passage.Core.Pledges;

namespace Passage.Core.Reporting;

/// <summary>Country names in both scripts for published reports: the English name and, for the countries of such operations, the Arabic one.</summary>
public static class CountryNames
{
    private static readonly Dictionary<string, string> Arabic = new(StringComparer.Ordinal)
    {
        ["AL"] = "ألبانيا",
        ["AT"] = "النمسا",
        ["AU"] = "أستراليا",
        ["BE"] = "بلجيكا",
        ["CA"] = "كندا",
        ["CH"] = "سويسرا",
        ["DE"] = "ألمانيا",
        ["DK"] = "الدنمارك",
        ["ES"] = "إسبانيا",
        ["FI"] = "فنلندا",
        ["FR"] = "فرنسا",
        ["GB"] = "المملكة المتحدة",
        ["IE"] = "أيرلندا",
        ["IQ"] = "العراق",
        ["IR"] = "إيران",
        ["IS"] = "آيسلندا",
        ["IT"] = "إيطاليا",
        ["LU"] = "لوكسمبورغ",
        ["NL"] = "هولندا",
        ["NO"] = "النرويج",
        ["NZ"] = "نيوزيلندا",
        ["PT"] = "البرتغال",
        ["RO"] = "رومانيا",
        ["SE"] = "السويد",
        ["US"] = "الولايات المتحدة",
    };

    /// <summary>The country's English name.</summary>
    public static string English(string code) => CountryCode.Name(code);

    /// <summary>The country's Arabic name; null when not known.</summary>
    public static string? InArabic(string code) => Arabic.GetValueOrDefault(code);

    /// <summary>"Germany — ألمانيا", or the English name alone.</summary>
    public static string BothScripts(string code) => InArabic(code) is { } arabic ? $"{English(code)} — {arabic}" : English(code);
}
