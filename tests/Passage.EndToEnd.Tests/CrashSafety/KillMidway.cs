using System.Net;

namespace Passage.EndToEnd.Tests.CrashSafety;

/// <summary>Many requests sent at once to the web process, which is killed (SIGKILL) as soon as the first of them is answered.</summary>
internal static class KillMidway
{
    /// <summary>The status of each request's answer, in order; null for a request the killed process never answered.</summary>
    public static async Task<HttpStatusCode?[]> SendAndKillAsync(WebProcess web, IEnumerable<Func<HttpClient, Task<HttpResponseMessage>>> requests)
    {
        var sent = requests.Select(request => SendAsync(web.Http, request)).ToList();
        await Task.WhenAny(sent);
        await web.KillAsync();
        return await Task.WhenAll(sent);
    }

    /// <summary>How many requests got each answer, such as <c>OK 7, unanswered 23</c>.</summary>
    public static string Summary(IEnumerable<HttpStatusCode?> answers) =>
        string.Join(", ", answers.GroupBy(a => a?.ToString() ?? "unanswered").OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"));

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
