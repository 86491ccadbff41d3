namespace Passage.Matching.Normalisation;

/// <summary>
/// One word of a prepared name: its normalised text, script, script-neutral skeleton key, variant
/// cluster (or <see cref="NoCluster"/>), and whether it is optional (an honorific such as Seyyed or Haj,
/// or a patronymic after bin/ibn), so that its absence on the other side costs nothing.
/// <see cref="Roman"/> is the text itself for Latin tokens and a plain Latin rendering for Arabic-script ones.
/// </summary>
public readonly record struct NameToken(string Text, Script Script, string Key, int Cluster, bool Optional, string Roman)
{
    /// <summary>The cluster number of a token that is in no variant cluster.</summary>
    public const int NoCluster = -1;
}
