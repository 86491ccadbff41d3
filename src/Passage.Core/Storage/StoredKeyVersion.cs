namespace Passage.Core.Storage;

/// <summary>Which version of the rules made a kind of derived, stored keys, so that a start can recompute stale ones.</summary>
public sealed class StoredKeyVersion
{
    private StoredKeyVersion()
    {
    }

    public StoredKeyVersion(string name, int version)
    {
        Name = name;
        Version = version;
    }

    public string Name { get; private set; } = "";

    public int Version { get; private set; }

    public void Set(int version) => Version = version;
}
