using Passage.Bench.Matching;
using Passage.Bench.Matching.Synthetic;

var command = args.Length > 0 ? args[0] : "all";
var all = command == "all";
Header.Write();
if (all || command == "febrl")
{
    FebrlBench.Run();
}

if (all || command == "devset")
{
    DevSetBench.Run();
}

if (all || command == "screening")
{
    ScreeningBench.Run();
}

if (all || command == "params")
{
    SyntheticBench.Parameters();
}

if (all || command == "synthetic")
{
    SyntheticBench.Run(args.Length > 1 ? [.. args.Skip(1).Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture))] : [10_000, 100_000]);
}

if (all || command == "names")
{
    NamesBench.Run();
}

if (all || command == "strings")
{
    StringsBench.Run();
}

if (command == "speed" && args.Length > 2 && args[2] == "percore")
{
    SpeedBench.PerCoreOnly();
    return 0;
}

if (command == "speed" && args.Length > 2 && args[2] == "search")
{
    SpeedBench.SearchOnly(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), 1000);
    return 0;
}

if (command == "speed")
{
    SpeedBench.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000, 1000, 200,
        dedupOnly: args.Length > 2 && args[2] == "dedup");
    if (args.Length > 2 && args[2] == "dedup")
    {
        return 0;
    }
}

if (all)
{
    SpeedBench.Run(1_000_000, 1000, 200);
}

if (command == "registry")
{
    SpeedBench.WriteCsv(SyntheticRegistry.Generate(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), 20_260_101), args[2]);
    return 0;
}

if (command == "watchlist-dev")
{
    WatchlistBench.Develop(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture),
        args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 20);
    return 0;
}

if (command == "watchlist-speed")
{
    WatchlistBench.Speed(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture));
    return 0;
}

if (command == "watchlist")
{
    WatchlistBench.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000,
        args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 10_000);
    Report.Write();
    return 0;
}

if (command == "ceiling")
{
    Ceiling.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), 0.98);
    return 0;
}

if (command == "blocking")
{
    BlockingDiagnostics.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : Passage.Matching.Linking.Matcher.DefaultCap);
    return 0;
}

if (command == "memory")
{
    MemoryProbe.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
    return 0;
}

if (command == "caps")
{
    CapProbe.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), [.. args.Skip(2).Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture))]);
    return 0;
}

if (command == "evidence")
{
    EvidenceDiagnostics.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
    return 0;
}

if (command == "diagnostics")
{
    Diagnostics.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000,
        args.Length > 2 && args[2] == "concentrated" ? NamePool.Concentrated : NamePool.Realistic);
    return 0;
}

Report.Write();
return 0;
