namespace Passage.Bench.Matching.Synthetic;

/// <summary>Given names that look like another but are a different name (a sibling may bear them), with the sex of the bearer.</summary>
internal static class LookAlikes
{
    private static readonly Dictionary<string, ((string Latin, string Persian) Given, bool Male)> Table = new(StringComparer.Ordinal)
    {
        ["Hamid"] = (("Hamed", "حامد"), true),
        ["Hamed"] = (("Hamid", "حمید"), true),
        ["Saeed"] = (("Saeedeh", "سعیده"), false),
        ["Ali"] = (("Alieh", "عالیه"), false),
        ["Mehdi"] = (("Mahdieh", "مهدیه"), false),
        ["Farid"] = (("Farideh", "فریده"), false),
        ["Hamideh"] = (("Hamid", "حمید"), true),
        ["Naser"] = (("Nasir", "نصیر"), true),
        ["Hossein"] = (("Hassan", "حسن"), true),
        ["Hassan"] = (("Hossein", "حسین"), true),
        ["Mohammad"] = (("Mahmoud", "محمود"), true),
        ["Mahmoud"] = (("Mohammad", "محمد"), true),
        ["Bahram"] = (("Bahman", "بهمن"), true),
        ["Mehran"] = (("Mehrdad", "مهرداد"), true),
        ["Vahid"] = (("Vahideh", "وحیده"), false),
        ["Amin"] = (("Amineh", "امینه"), false),
        ["Karim"] = (("Rahim", "رحیم"), true),
        ["Rahim"] = (("Karim", "کریم"), true),
        ["Zahra"] = (("Zohreh", "زهره"), false),
        ["Masoud"] = (("Masoumeh", "معصومه"), false),
    };

    /// <summary>A look-alike of <paramref name="given"/>, or null when none is listed.</summary>
    public static ((string Latin, string Persian) Given, bool Male)? Of(string given) =>
        Table.TryGetValue(given, out var lookAlike) ? lookAlike : null;
}
