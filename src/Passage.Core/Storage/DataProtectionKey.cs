namespace Passage.Core.Storage;

/// <summary>
/// One key of ASP.NET Core data protection, kept in the database so that every web process of an operation signs in
/// and checks antiforgery tokens with the same keys.
/// </summary>
public sealed class DataProtectionKey
{
    private DataProtectionKey()
    {
    }

    public DataProtectionKey(string friendlyName, string xml)
    {
        FriendlyName = friendlyName;
        Xml = xml;
    }

    public int Id { get; private set; }

    public string FriendlyName { get; private set; } = "";

    /// <summary>The key as data protection writes it; it holds the key material, so only the web processes read it.</summary>
    public string Xml { get; private set; } = "";
}
