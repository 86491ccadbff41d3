using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passage.Core.Accounts;
using Passage.Testing;
using Passage.Web.Hosting;
using Passage.Web.Tests.Api;

namespace Passage.Web.Tests.Hosting;

/// <summary>
/// Requests are served a few at once and the others wait their turn in arrival order; a full queue answers 503 at once and
/// changes nothing; health checks never wait.
/// </summary>
public sealed class RequestQueueTests
{
    private static Dictionary<string, string> Queue(int waiting) => new()
    {
        [RequestQueue.AtOnceSetting] = "1",
        [RequestQueue.WaitingSetting] = waiting.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task WhileTheServerIsBusy_RequestsWaitAndAreServedInTheOrderTheyCame()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite, Queue(waiting: 10));
        using var api = await factory.ApiClientAsync("fatemeh.karimi", Roles.Registration);
        var queue = factory.Services.GetRequiredService<RequestQueue>();

        var busy = await queue.WaitForTurnAsync(CancellationToken.None);
        busy.IsAcquired.ShouldBeTrue();
        var served = new List<string>();
        async Task Send(string name)
        {
            using var response = await api.GetAsync("/api/v1/persons");
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            lock (served)
            {
                served.Add(name);
            }
        }

        var first = Send("first");
        await WaitUntilAsync(() => queue.Waiting == 1);
        var second = Send("second");
        await WaitUntilAsync(() => queue.Waiting == 2);
        await Task.Delay(200);
        first.IsCompleted.ShouldBeFalse("a request waits while the server serves as many as it may");

        busy.Dispose();
        await Task.WhenAll(first, second);

        served.ShouldBe(["first", "second"]);
    }

    [Fact]
    public async Task QueueFull_Answers503WithRetryAfter_AndChangesNothing()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite, Queue(waiting: 0));
        using var api = await factory.ApiClientAsync("fatemeh.karimi", Roles.Registration);
        using var browser = await factory.SignedInBrowserAsync("zahra.rahimi", Roles.Registration);
        var queue = factory.Services.GetRequiredService<RequestQueue>();

        using (var busy = await queue.WaitForTurnAsync(CancellationToken.None))
        {
            using var refused = await api.PostJsonAsync("/api/v1/persons", PassageWebFactory.SampleDetails());
            using var page = await browser.GetAsync(new Uri("/Persons", UriKind.Relative));
            using var health = await factory.CreateClient().GetAsync(new Uri("/health/live", UriKind.Relative));

            refused.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
            refused.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
            (await refused.JsonAsync()).GetProperty("detail").GetString()!.ShouldContain("Nothing was done");
            refused.Headers.RetryAfter.ShouldNotBeNull();
            page.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
            (await page.Content.ReadAsStringAsync()).ShouldContain("serving many requests");
            health.StatusCode.ShouldBe(HttpStatusCode.OK, "a health check never waits for a turn");
        }

        (await factory.WithDbAsync(db => db.Persons.CountAsync())).ShouldBe(0, "the refused registration was not made");
        using var later = await api.PostJsonAsync("/api/v1/persons", PassageWebFactory.SampleDetails());
        later.StatusCode.ShouldBe(HttpStatusCode.Created, "once a turn is free the same request is served");
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            waited.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
            await Task.Delay(10);
        }
    }
}
