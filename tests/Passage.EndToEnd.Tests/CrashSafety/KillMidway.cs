using System.Net;
using Passage.Testing;

namespace Passage.EndToEnd.Tests.CrashSafety;

/// <summary>
/// Requests sent to the web process a batch at a time, each answer making way for the next request, and the process killed
/// (SIGKILL) as soon as the first answer is back: however fast it answers meanwhile, a batch of requests is in flight when it dies.
/// </summary>
internal static class KillMidway
{
    private const int InFlight = 40;

    /// <summary>The answers, in the order of <paramref name="requests"/>, and how many requests were sent but never answered.</summary>
    public static async Task<Killed> SendAndKillAsync(WebProcess web, IEnumerable<Func<HttpClient, Task<HttpResponseMessage>>> requests)
    {
        var all = requests.ToList();
        var answers = new HttpStatusCode?[all.Count];
        var sent = new bool[all.Count];
        var next = -1;
        var killing = 0;
        var firstAnswer = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        async Task SendInTurnAsync()
        {
            for (var i = Interlocked.Increment(ref next); i < all.Count && Volatile.Read(ref killing) == 0; i = Interlocked.Increment(ref next))
            {
                sent[i] = true;
                answers[i] = await SendAsync(web.Http, all[i]);
                if (answers[i] is not null)
                {
                    firstAnswer.TrySetResult();
                }
            }
        }

        var senders = Enumerable.Range(0, InFlight).Select(_ => Task.Run(SendInTurnAsync)).ToList();
        await Task.WhenAny(firstAnswer.Task, Task.WhenAll(senders));
        Volatile.Write(ref killing, 1);
        await web.KillAsync();
        await Task.WhenAll(senders);
        return new Killed(answers, sent.Where((s, i) => s && answers[i] is null).Count(), sent.Count(s => !s));
    }

    private static async Task<HttpStatusCode?> SendAsync(HttpClient http, Func<HttpClient, Task<HttpResponseMessage>> request)
    {
        try
        {
            using var response = await request(http);
            return response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }
}

/// <summary>What the killed process answered: each request's status (null when it did not answer), how many were sent but not answered, and how many were never sent.</summary>
internal sealed record Killed(HttpStatusCode?[] Answers, int Unanswered, int Unsent)
{
    public override string ToString() =>
        string.Join(", ", Answers.Where(a => a is not null).GroupBy(a => a!.Value).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}")
            .Append($"unanswered {Unanswered}").Append($"unsent {Unsent}"));
}
