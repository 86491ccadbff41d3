using System.Globalization;

namespace Passage.Bench;

/// <summary>What the figures were measured on.</summary>
internal static class Machine
{
    public static string Describe()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024);
        return string.Create(CultureInfo.InvariantCulture,
            $"{Environment.ProcessorCount} cores ({cpu ?? "unknown CPU"}), {memory:F0} GiB memory, {Environment.OSVersion}, .NET {Environment.Version}");
    }
}
