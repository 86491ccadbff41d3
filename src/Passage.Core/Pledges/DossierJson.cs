using System.Text.Json;

namespace Passage.Core.Pledges;

/// <summary>The dossier as a structured file for the receiving country's systems.</summary>
public static class DossierJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static byte[] Serialize(Dossier dossier) => JsonSerializer.SerializeToUtf8Bytes(dossier, Options);
}
