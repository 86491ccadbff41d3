namespace Passage.Core.Demo;

/// <summary>A name in Arabic script with the Latin spellings it is registered under; the first spelling is the most common.</summary>
internal sealed record DemoName(string Arabic, IReadOnlyList<string> Latin)
{
    public string CommonSpelling => Latin[0];

    /// <summary>A spelling picked with the most common one three times as likely as each other.</summary>
    public string SomeSpelling(Random random) =>
        Latin.Count == 1 || random.Next(Latin.Count + 2) < 3 ? Latin[0] : Latin[random.Next(1, Latin.Count)];

    /// <summary>A spelling other than <paramref name="used"/>, or null when the name has only one.</summary>
    public string? OtherSpelling(string used, Random random)
    {
        var others = Latin.Where(l => !string.Equals(l, used, StringComparison.Ordinal)).ToArray();
        return others.Length == 0 ? null : others[random.Next(others.Length)];
    }
}
