using System.Diagnostics;
using Passage.Bench.Matching.Synthetic;
using Passage.Matching.Blocking;
using Passage.Matching.Linking;
using Passage.Matching.Records;

namespace Passage.Bench.Matching;

/// <summary>
/// Managed memory and the process's working set after each stage of a dedup (prepare with a shared name pool, block,
/// learn, score), as <c>passage match dedup</c> runs them: where the memory of a large run goes. For understanding.
/// </summary>
internal static class MemoryProbe
{
    private static void Show(string stage)
    {
        var total = GC.GetTotalMemory(true);
        using var p = Process.GetCurrentProcess();
        Console.WriteLine($"{stage}: managed {total / 1048576.0:N0} MiB, working set {p.WorkingSet64 / 1048576.0:N0} MiB, peak {p.PeakWorkingSet64 / 1048576.0:N0} MiB");
    }

    public static void Run(int size)
    {
        var generated = SyntheticRegistry.Generate(size, 20_260_101);
        var people = generated.Select(g => g.Record).ToArray();
        generated = null;
        Show("person records");
        var records = new PreparedRecord[people.Length];
        var pool = new Passage.Matching.Normalisation.PreparedNamePool();
        Parallel.For(0, people.Length, i => records[i] = PreparedRecord.From(people[i], pool));
        Show("prepared");
        var index = BlockIndex.Build(records, Matcher.CapFor(records.Length));
        Show("blocked");
        var model = Matcher.Learn(records, FieldSchema.For(records, []), index).Model;
        Show("learnt");
        var pairs = Matcher.Run(records, index, model, out var compared);
        Show($"scored {pairs.Count}");
        GC.KeepAlive(people);
    }
}
