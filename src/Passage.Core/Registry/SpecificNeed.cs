namespace Passage.Core.Registry;

/// <summary>
/// UNHCR specific-needs categories (the top-level codes of the proGres standard list).
/// The code is what is stored; the label is what people read.
/// </summary>
public static class SpecificNeed
{
    public static readonly IReadOnlyDictionary<string, string> Categories = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["SM"] = "Serious medical condition",
        ["DS"] = "Disability",
        ["ER"] = "Older person at risk",
        ["SP"] = "Single parent or caregiver",
        ["WR"] = "Woman at risk",
        ["CR"] = "Child at risk",
        ["UM"] = "Unaccompanied or separated child",
        ["TR"] = "Torture survivor",
        ["SV"] = "Survivor of violence",
        ["LP"] = "Specific legal and physical protection needs",
        ["FU"] = "Family unity",
    };

    public static bool IsKnown(string code) => Categories.ContainsKey(code);

    public static string Label(string code) => Categories.TryGetValue(code, out var label) ? label : code;
}
