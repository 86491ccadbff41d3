using Passage.Bench.Matching;

var command = args.Length > 0 ? args[0] : "all";
var all = command == "all";
if (all || command == "febrl")
{
    FebrlBench.Run();
}

Report.Write();
return 0;
