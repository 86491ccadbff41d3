using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Passage.Bench.Planner;
using Passage.Core.Movements.Planning;

// The movement planner on two synthetic operations, against the greedy baseline in the same run; writes its section of bench/RESULTS.md.
var runs = new[]
{
    (Name: "3,000 persons", Persons: 3_000, Cases: 1_400, Pledges: 20, Movements: 60, Limit: 5, Gap: 0.0, Target: "optimal in ≤ 5 s"),
    (Name: "30,000 persons", Persons: 30_000, Cases: 14_000, Pledges: 200, Movements: 600, Limit: 60, Gap: 0.005, Target: "within 1 % of the bound in ≤ 60 s"),
};
var only = args.Length > 0 ? args[0] : "all";
var rows = new List<string>();
var reasons = new List<string>();
var allMet = true;
foreach (var run in runs.Where(r => only == "all" || (only == "small" && r.Persons == 3_000) || (only == "large" && r.Persons == 30_000)))
{
    var problem = SyntheticOperation.Create(run.Persons, run.Cases, run.Pledges, run.Movements, seed: 2027);
    var watch = Stopwatch.StartNew();
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var plan = MovementPlanner.Plan(problem, new PlannerOptions(TimeSpan.FromSeconds(run.Limit), run.Gap));
    watch.Stop();
    cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
    var met = run.Gap == 0 ? plan.Status == PlanStatus.Optimal && watch.Elapsed.TotalSeconds <= run.Limit : plan.Gap <= 0.01 && watch.Elapsed.TotalSeconds <= run.Limit;
    allMet &= met;
    rows.Add(F($"| {run.Name} / {run.Cases:N0} cases / {run.Pledges} pledges / {run.Movements} movements | {plan.Status} | {plan.Objective:N0} | {plan.Bound:N0} | {plan.Gap:P2} | {plan.GreedyObjective:N0} ({(double)(plan.Objective - plan.GreedyObjective) / plan.GreedyObjective:+0.0 %;-0.0 %}) | {plan.PersonsMoved:N0} | {watch.Elapsed.TotalSeconds:F2} s ({cpu.TotalSeconds:F1} s CPU) | {run.Target}: {(met ? "met" : "NOT met")} |"));
    reasons.Add(F($"- {run.Name}: {plan.LeftOut.Count:N0} cases left out — ") + string.Join(", ", plan.LeftOut.GroupBy(l => l.Reason).OrderByDescending(g => g.Count()).Select(g => F($"{g.Key} {g.Count():N0}"))) + ".");
    Console.WriteLine(rows[^1]);
}

var cpuName = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':')[1].Trim() ?? "unknown";
var memory = long.Parse(File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal", StringComparison.Ordinal)).Split(':')[1].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
var load = File.ReadAllText("/proc/loadavg").Split(' ')[0];
var section = F($"""
    ## Movement planner

    Command: `dotnet run -c Release --project bench/Passage.Bench.Planner` (`small` or `large` for one size).
    Run on {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} processors ({cpuName}), {memory / 1048576.0:F1} GiB memory, {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}; load average {load} at the end (the machine is shared with other builds).

    Synthetic operations made by `SyntheticOperation` (seed 2027, fictitious cases without names): families of 1–9, priority scores 0–59 skewed low, earliest travel dates over 100 days, 5 % of cases with a wheelchair user, 6 % with a person with serious medical needs (most of them needing a medical escort), pledges holding 80–100 % of their cases' persons, movements over 120 days with 1–4 escort places and 1–5 wheelchair places and about 85 % as many seats as persons, and the rule of at most 4 persons with serious medical needs per movement. Value = Σ persons × (priority score + 1) over booked cases. A mixed-integer program solved by SCIP (through OR-Tools 9.15), one independent part of the operation (in practice one receiving country) per processor at once, started from the greedy plan (highest priority first, each case on the earliest movement it fits), which is run in the same call. The bound is SCIP's proven upper bound (the linear relaxation's optimum by GLOP where SCIP stopped before it had one); Optimal means the plan meets it. The small operation must be proven optimal; the large one may stop once within 0.5 % of its bound. The time is the whole call: index, greedy, model, solve and explanations.

    | operation | status | value | bound | gap | greedy value (plan's gain) | persons moved | time | target |
    |---|---|---:|---:|---:|---:|---:|---:|---|
    {string.Join("\n", rows)}

    {string.Join("\n", reasons)}
    """);
if (only == "all")
{
    Write(section);
}
else
{
    Console.WriteLine(section);
}

return allMet ? 0 : 1;

static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

static void Write(string section)
{
    var root = new DirectoryInfo(AppContext.BaseDirectory);
    while (root is not null && !File.Exists(Path.Combine(root.FullName, "Passage.slnx")))
    {
        root = root.Parent;
    }

    var path = Path.Combine(root?.FullName ?? Directory.GetCurrentDirectory(), "bench", "RESULTS.md");
    const string Begin = "<!-- planner:begin -->";
    const string End = "<!-- planner:end -->";
    var text = File.ReadAllText(path);
    var block = $"{Begin}\n{section.TrimEnd()}\n{End}";
    var i = text.IndexOf(Begin, StringComparison.Ordinal);
    text = i >= 0 ? text[..i] + block + text[(text.IndexOf(End, i, StringComparison.Ordinal) + End.Length)..] : text.TrimEnd() + "\n\n" + block + "\n";
    File.WriteAllText(path, text.TrimEnd() + "\n", new UTF8Encoding(false));
    Console.WriteLine($"wrote {path}");
}
