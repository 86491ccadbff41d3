using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passage.Core.Accounts;
using Passage.Core.Storage;
using Passage.Core.Storage.Encryption;
using Passage.Testing;

namespace Passage.Bench;

/// <summary>
/// A pg_auto_failover cluster (bench/failover/cluster.sh) under the built web application as its own process: many
/// clients register residents and raise a pledge by one place at a time, each write with its own Idempotency-Key and
/// sent again with it until answered; the primary is killed (SIGKILL, its pg_autoctl with it) in the middle. Then every
/// acknowledged registration is in the registry once, no registration is there twice, and the pledge's places are its
/// first places plus exactly the acknowledged raises.
/// </summary>
internal static class FailoverBenchmark
{
    private static readonly string[] Given = ["Mohammad", "Zahra", "Hossein", "Maryam", "Reza", "Fatemeh", "Ali", "Leila", "Mehdi", "Narges", "Hamid", "Soraya"];
    private static readonly string[] Families = ["Rezaei", "Karimi", "Mousavi", "Ahmadi", "Rahimi", "Sharifi", "Bagheri", "Taheri", "Noori", "Farahani", "Jafari", "Sadeghi", "Hosseini", "Kazemi"];

    /// <summary>One write: first sent at <paramref name="Sent"/>; its answering attempt sent at <paramref name="AnsweredAttemptSent"/>, answered at <paramref name="Acknowledged"/>.</summary>
    internal sealed record SentWrite(string Kind, int Number, string Key, DateTimeOffset Sent, DateTimeOffset? AnsweredAttemptSent, DateTimeOffset? Acknowledged, int Status, int Attempts);

    internal sealed record Outcome(
        string Load, string KilledNode, TimeSpan LoadBeforeKill, TimeSpan ServiceBack, TimeSpan LongestPause, TimeSpan FirstAnswerAfterKill, TimeSpan LongestWrite, IReadOnlyList<SentWrite> Writes,
        int RegistrationsKept, int RegistrationsTwice, int AcknowledgedMissing, int PledgePlaces, int PledgeExpected, int RaisesUnacknowledged,
        TimeSpan Wall, TimeSpan BenchProcessor);

    public static async Task<Outcome> RunAsync(int clients, TimeSpan beforeKill, TimeSpan afterKill, TextWriter log, CancellationToken ct)
    {
        var load = File.ReadAllText("/proc/loadavg").Split(' ').Take(3).Aggregate((a, b) => $"{a} {b}");
        var wall = Stopwatch.StartNew();
        var processor = Process.GetCurrentProcess().TotalProcessorTime;
        var repository = WebProcess.Repository();
        var cluster = Path.Combine(repository, "bench", "failover", "cluster.sh");
        var folder = Path.Combine(Path.GetTempPath(), $"passage-failover-{Environment.ProcessId}");
        log.WriteLine($"Starting the cluster in {folder} (load average {load})...");
        var connectionString = (await ScriptAsync(cluster, "start", folder)).Trim().Split('\n')[^1];
        try
        {
            var keys = Path.Combine(folder, "field-keys");
            Environment.SetEnvironmentVariable("Passage__FieldEncryption__KeysFolder", keys);
            string raiseToken, registrationToken;
            Guid pledgeId;
            const int firstPlaces = 100;
            await using (var host = new BenchHost(connectionString))
            {
                raiseToken = await ApiUsers.TokenAsync(host.Services, Roles.Resettlement, tokenName: "failover bench");
                registrationToken = await ApiUsers.TokenAsync(host.Services, Roles.Registration, tokenName: "failover bench");
                await using var scope = host.Services.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<Actor>().Set("bench", "bench", null, [Roles.Resettlement]);
                var pledge = await scope.ServiceProvider.GetRequiredService<Core.Pledges.CreatePledge>().ExecuteAsync(
                    new Core.Pledges.PledgeDetails("DE", firstPlaces, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-30), Core.Pledges.PledgeCategories.Any), ct);
                pledgeId = pledge.Value.Id;
            }

            var dll = WebProcess.BuiltWebDll();
            using var web = WebProcess.Start(dll, Path.GetDirectoryName(dll)!, new Dictionary<string, string?>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["ConnectionStrings__Passage"] = connectionString,
                ["Passage__FieldEncryption__KeysFolder"] = keys,
                ["Passage__Demo"] = "false",
                ["ASPNETCORE_CONTENTROOT"] = null,
            });
            if (!await web.WaitForHealthAsync())
            {
                throw new InvalidOperationException($"The web process did not start:\n{web.Console}");
            }

            var writes = new ConcurrentBag<SentWrite>();
            var start = DateTimeOffset.UtcNow;
            var stop = start + beforeKill + afterKill;
            var number = 0;
            var loadTasks = Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
            {
                using var http = new HttpClient { BaseAddress = web.Http.BaseAddress, Timeout = TimeSpan.FromSeconds(20) };
                while (DateTimeOffset.UtcNow < stop)
                {
                    var n = Interlocked.Increment(ref number);
                    writes.Add(n % 2 == 0
                        ? await SendUntilAnsweredAsync(http, registrationToken, "registration", n, HttpMethod.Post, "/api/v1/persons", Person(n), stop, ct)
                        : await SendUntilAnsweredAsync(http, raiseToken, "raise", n, HttpMethod.Post, $"/api/v1/pledges/{pledgeId}/raises",
                            new { places = 1, on = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), reason = $"Letter {n}" }, stop, ct));
                }
            }, ct)).ToList();

            await Task.Delay(beforeKill, ct);
            var killedAt = DateTimeOffset.UtcNow;
            var killed = (await ScriptAsync(cluster, "kill-primary", folder)).Trim();
            log.WriteLine($"Killed the primary ({killed}) at {killedAt:HH:mm:ss.fff}; load goes on for {afterKill.TotalSeconds:F0} s.");
            await Task.WhenAll(loadTasks);
            log.WriteLine(await ScriptAsync(cluster, "state", folder));
            await web.KillAsync();

            var all = writes.ToList();

            // A postmaster killed with SIGKILL leaves its backends answering for a moment, and many answers are 409 (a raise
            // that lost the race): service is back at the end of the longest stretch after the kill in which no write was kept.
            var answered = all.Where(w => w.Acknowledged is not null && w.Acknowledged > killedAt).ToList();
            var (outage, back) = LongestPauseInKeptWrites(all, killedAt);
            var firstAnswer = answered.Select(w => w.Acknowledged!.Value).DefaultIfEmpty(DateTimeOffset.MaxValue).Min();
            var longest = all.Where(w => w.Acknowledged is not null).Select(w => w.Acknowledged!.Value - w.Sent).DefaultIfEmpty().Max();

            await using var db = new PassageDbContext(new DbContextOptionsBuilder<PassageDbContext>().UsePassageDatabase(connectionString)
                .UseFieldEncryption(FieldCipher.ForFolder(keys)).Options);
            var units = (await db.Persons.AsNoTracking().Where(p => p.CampBlock == "FO").Select(p => p.CampUnit).ToListAsync(ct))
                .GroupBy(u => u).ToDictionary(g => g.Key, g => g.Count());
            var registrations = all.Where(w => w.Kind == "registration").ToList();
            var missing = registrations.Count(w => w.Status is 201 && !units.ContainsKey(Unit(w.Number)));
            var places = await db.PledgeCounters.AsNoTracking().Where(c => c.PledgeId == pledgeId).Select(c => c.Places).SingleAsync(ct);
            var raises = all.Where(w => w.Kind == "raise").ToList();
            var expected = firstPlaces + raises.Count(w => w.Status == 200);
            return new Outcome(load, killed, killedAt - start, back - killedAt, outage, firstAnswer - killedAt, longest, all, units.Count, units.Count(u => u.Value > 1), missing, places, expected,
                raises.Count(w => w.Status == 0), wall.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - processor);
        }
        finally
        {
            await ScriptAsync(cluster, "stop", folder);
        }
    }

    /// <summary>A write the database kept: a registration created, or a raise applied.</summary>
    private static bool Kept(SentWrite w) => w.Acknowledged is not null && w.Status is 200 or 201;

    /// <summary>The longest stretch from the kill with no write kept, and the moment it ended (never, if none was kept after it).</summary>
    internal static (TimeSpan Pause, DateTimeOffset End) LongestPauseInKeptWrites(IEnumerable<SentWrite> writes, DateTimeOffset killedAt)
    {
        var kept = writes.Where(w => Kept(w) && w.Acknowledged > killedAt).Select(w => w.Acknowledged!.Value).Order().ToList();
        if (kept.Count == 0)
        {
            return (TimeSpan.MaxValue, DateTimeOffset.MaxValue);
        }

        var (pause, end, previous) = (kept[0] - killedAt, kept[0], killedAt);
        foreach (var at in kept)
        {
            if (at - previous > pause)
            {
                (pause, end) = (at - previous, at);
            }

            previous = at;
        }

        return (pause, end);
    }

    private static string Seconds(TimeSpan span) =>
        span > TimeSpan.FromDays(1) ? "never" : string.Create(CultureInfo.InvariantCulture, $"{span.TotalSeconds:F1} s");

    private static string Unit(int number) => number.ToString(CultureInfo.InvariantCulture);

    private static object Person(int n) => new
    {
        givenName = Given[n % Given.Length],
        familyName = Families[n / Given.Length % Families.Length],
        fatherName = Given[(n / 7) % Given.Length],
        sex = n % 4 < 2 ? "Male" : "Female",
        birthDate = $"{1940 + (n % 70)}-{n % 12 + 1:00}-{n % 28 + 1:00}",
        campBlock = "FO",
        campUnit = Unit(n),
    };

    /// <summary>Sends one write with a new key, and again with the same key after any failure, until it is answered (not 5xx) or the load ends.</summary>
    private static async Task<SentWrite> SendUntilAnsweredAsync(HttpClient http, string token, string kind, int n, HttpMethod method, string path, object body, DateTimeOffset stop, CancellationToken ct)
    {
        var key = Guid.NewGuid().ToString();
        var sent = DateTimeOffset.UtcNow;
        var payload = JsonContent.Create(body);
        var bytes = await payload.ReadAsByteArrayAsync(ct);
        for (var attempt = 1; ; attempt++)
        {
            var attemptSent = DateTimeOffset.UtcNow;
            try
            {
                using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = new ByteArrayContent(bytes) };
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                request.Headers.Add("Idempotency-Key", key);
                using var response = await http.SendAsync(request, ct);
                if ((int)response.StatusCode < 500)
                {
                    return new SentWrite(kind, n, key, sent, attemptSent, DateTimeOffset.UtcNow, (int)response.StatusCode, attempt);
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
            }

            if (DateTimeOffset.UtcNow > stop + TimeSpan.FromSeconds(30))
            {
                return new SentWrite(kind, n, key, sent, null, null, 0, attempt);
            }

            await Task.Delay(500, ct);
        }
    }

    private static async Task<string> ScriptAsync(string script, string command, string folder)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { script, command, folder })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? await output : throw new InvalidOperationException($"cluster.sh {command} failed: {await error}{await output}");
    }

    /// <summary>The target: service back within this time of the kill.</summary>
    public static readonly TimeSpan ServiceBackTarget = TimeSpan.FromSeconds(30);

    /// <summary>No acknowledged write lost, none kept twice, the pledge's places exact, and service back within the target.</summary>
    public static bool Held(Outcome o) =>
        o.AcknowledgedMissing == 0 && o.RegistrationsTwice == 0 && o.PledgePlaces == o.PledgeExpected && o.ServiceBack <= ServiceBackTarget;

    public static void Write(FileInfo file, Outcome o, int clients)
    {
        var acknowledged = o.Writes.Count(w => w.Acknowledged is not null);
        var retried = o.Writes.Count(w => w.Attempts > 1);
        var text = new StringBuilder();
        text.AppendLine("<!-- failover:begin -->");
        text.AppendLine("## Failover: the primary killed under writes (pg_auto_failover)");
        text.AppendLine();
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"`dotnet run -c Release --project bench/Passage.Bench -- failover` on {Machine.Describe()}; load average at the start {o.Load}."));
        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"A monitor, a primary and a synchronous standby (`bench/failover/cluster.sh`, PostgreSQL 15, pg_auto_failover 2.0) on loopback; the built web application as its own process with `Host=a,b;Target Session Attributes=read-write`; {clients} clients each sending, one after another, a registration or a one-place pledge raise with its own Idempotency-Key, sent again with the same key after a failure or a 5xx every 0.5 s. After {o.LoadBeforeKill.TotalSeconds:F1} s the primary ({o.KilledNode}) was killed with SIGKILL, its pg_autoctl with it."));
        text.AppendLine();
        text.AppendLine("| measure | value |");
        text.AppendLine("|---|---|");
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| writes sent / acknowledged (answered below 500) | {o.Writes.Count} / {acknowledged} |"));
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| writes sent again by their client (same key) | {retried} |"));
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| answers by status | {string.Join(", ", o.Writes.GroupBy(w => w.Status).OrderBy(g => g.Key).Select(g => $"{(g.Key == 0 ? "none" : g.Key.ToString(CultureInfo.InvariantCulture))}: {g.Count()}"))} |"));
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| acknowledged registrations missing afterwards | **{o.AcknowledgedMissing}** |"));
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| registrations stored twice | **{o.RegistrationsTwice}** (of {o.RegistrationsKept} stored) |"));
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| pledge places afterwards / first places + acknowledged raises | **{o.PledgePlaces} / {o.PledgeExpected}** ({o.RaisesUnacknowledged} raises never acknowledged) |"));
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| service back: the kill to the end of the longest stretch after it with no write kept (201 or 200) (target ≤ 30 s) | **{Seconds(o.ServiceBack)}** |"));
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| that longest stretch with no write kept | {Seconds(o.LongestPause)} |"));
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| the kill to the first answer below 500 to any request, sent before or after it | {Seconds(o.FirstAnswerAfterKill)} |"));
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| longest write, first send to its answer (retries with its key included) | {o.LongestWrite.TotalSeconds:F1} s |"));
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| whole run, wall / the bench process's processor time | {o.Wall.TotalSeconds:F0} s / {o.BenchProcessor.TotalSeconds:F0} s |"));
        text.AppendLine();
        text.AppendLine(Held(o)
            ? "Held: no acknowledged write lost, none kept twice, and service back within 30 s of the kill."
            : "**Not held**: see the rows in bold above.");
        text.AppendLine();
        text.AppendLine("<!-- failover:end -->");
        ResultsFile.WriteSection(file, text.ToString(), "<!-- failover:begin -->", "<!-- failover:end -->");
        Console.WriteLine(text);
    }
}
