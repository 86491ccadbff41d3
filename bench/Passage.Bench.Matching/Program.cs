using Passage.Bench.Matching;
using Passage.Bench.Matching.Synthetic;

var command = args.Length > 0 ? args[0] : "all";
var all = command == "all";
if (all || command == "febrl")
{
    FebrlBench.Run();
}

if (all || command == "params")
{
    SyntheticBench.Parameters();
}

if (all || command == "synthetic")
{
    SyntheticBench.Run(10_000, 100_000);
}

if (command == "diagnostics")
{
    Diagnostics.Run();
    return 0;
}

Report.Write();
return 0;
