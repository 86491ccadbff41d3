using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Passage.Core.Demo;
using Passage.Testing;

namespace Passage.Bench;

/// <summary>A signed-in client of the benchmark's web application, and the timing of its page requests.</summary>
internal static partial class BenchBrowser
{
    public const int WarmUp = 10;

    public static Task<HttpClient> SignInAsync(BenchHost host, DemoAccount account) =>
        SignInAsync(host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }), account);

    /// <summary>Signs <paramref name="browser"/> in, which must keep cookies and not follow redirects.</summary>
    public static async Task<HttpClient> SignInAsync(HttpClient browser, DemoAccount account)
    {
        var form = await browser.GetStringAsync(new Uri("/Account/SignIn", UriKind.Relative));
        var token = System.Net.WebUtility.HtmlDecode(AntiforgeryInput().Match(form).Groups[1].Value);
        using var response = await browser.PostAsync(new Uri("/Account/SignIn", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = account.UserName,
            ["Password"] = account.Password,
            ["__RequestVerificationToken"] = token,
        }));
        if ((int)response.StatusCode != 302)
        {
            throw new InvalidOperationException($"sign-in answered {(int)response.StatusCode}");
        }

        return browser;
    }

    /// <summary>Requests a page <see cref="WarmUp"/> times, then times <paramref name="requests"/> requests of it.</summary>
    public static async Task<ScenarioResult> TimeAsync(
        DatabaseProvider provider, string name, HttpClient browser, Func<string> url, int requests, TextWriter progress, CancellationToken ct)
    {
        for (var i = 0; i < WarmUp; i++)
        {
            await GetAsync(browser, url(), ct);
        }

        var times = new List<double>(requests);
        for (var i = 0; i < requests; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await GetAsync(browser, url(), ct);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        var result = new ScenarioResult(provider, name, times);
        await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{provider}: {name}: p50 {result.Percentile(50):F1} ms, p95 {result.Percentile(95):F1} ms"));
        return result;
    }

    private static async Task GetAsync(HttpClient browser, string url, CancellationToken ct)
    {
        using var response = await browser.GetAsync(new Uri(url, UriKind.Relative), ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{url} answered {(int)response.StatusCode}");
        }

        await response.Content.ReadAsByteArrayAsync(ct);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryInput();
}
