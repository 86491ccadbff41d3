using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Passage.Core.Accounts;
using Passage.Testing;

namespace Passage.Web.Tests.Accounts;

/// <summary>Sign-in tells nothing about whether an account exists, and repeated failures are throttled per address and per account.</summary>
public sealed partial class SignInThrottleTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task SignIn_UnknownAccount_AnswersWithTheSameMessageAsALockedOrMistypedOne(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        await factory.CreateUserAsync("leila.ahmadi", Roles.Registration);
        using var browser = factory.CreateBrowser();
        for (var i = 0; i < 5; i++)
        {
            using var failed = await PassageWebFactory.PostSignInAsync(browser, "leila.ahmadi", "wrong-" + i);
            using var unknownFailed = await PassageWebFactory.PostSignInAsync(browser, "ghost.account", "wrong-" + i);
        }

        using var locked = await PassageWebFactory.PostSignInAsync(browser, "leila.ahmadi", "wrong-again");
        using var unknown = await PassageWebFactory.PostSignInAsync(browser, "ghost.account", "wrong-again");

        locked.StatusCode.ShouldBe(unknown.StatusCode);
        var lockedMessage = Alert(await locked.Content.ReadAsStringAsync());
        lockedMessage.ShouldNotBeEmpty();
        lockedMessage.ShouldBe(Alert(await unknown.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task SignIn_UnknownAccount_TakesAsLongAsAWrongPassword()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        for (var i = 0; i < 6; i++)
        {
            await factory.CreateUserAsync("officer" + i, Roles.Registration);
        }

        using var browser = factory.CreateBrowser();
        using var warmUp = await PassageWebFactory.PostSignInAsync(browser, "nobody.warm", "wrong");
        var known = new List<double>();
        var unknown = new List<double>();
        for (var i = 0; i < 6; i++)
        {
            known.Add(await TimeAsync(browser, "officer" + i));
            unknown.Add(await TimeAsync(browser, "nobody" + i));
        }

        // Today's hashing takes tens of milliseconds; an unknown account answered at once would take a fraction of that.
        Median(unknown).ShouldBeGreaterThan(Median(known) * 0.5);
    }

    [Fact]
    public async Task SignIn_RepeatedFailuresFromOneAddress_Answer429SayingWhenToRetry()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        using var limited = WithLimits(factory, perAddress: 3, perAccount: 100);
        await CreateUserAsync(limited, "maryam.rahimi");
        using var browser = limited.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        for (var i = 0; i < 3; i++)
        {
            using var failed = await PassageWebFactory.PostSignInAsync(browser, "someone" + i, "wrong");
            failed.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using var throttled = await PassageWebFactory.PostSignInAsync(browser, "maryam.rahimi", PassageWebFactory.Password);

        throttled.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        throttled.Headers.RetryAfter!.Delta!.Value.TotalSeconds.ShouldBeGreaterThan(0);
        Alert(await throttled.Content.ReadAsStringAsync()).ShouldContain("Too many failed sign-ins");
        Alert(await throttled.Content.ReadAsStringAsync()).ShouldContain("Try again after");
        throttled.Headers.Contains("Set-Cookie").ShouldBeFalse();
    }

    [Fact]
    public async Task SignIn_RepeatedFailuresForOneAccount_ThrottleThatAccountOnly()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        using var limited = WithLimits(factory, perAddress: 100, perAccount: 3);
        await CreateUserAsync(limited, "maryam.rahimi");
        using var browser = limited.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        for (var i = 0; i < 3; i++)
        {
            using var failed = await PassageWebFactory.PostSignInAsync(browser, "Ghost.Account", "wrong-" + i);
        }

        using var throttled = await PassageWebFactory.PostSignInAsync(browser, "ghost.account", "wrong");
        using var other = await PassageWebFactory.PostSignInAsync(browser, "maryam.rahimi", PassageWebFactory.Password);

        throttled.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        other.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    private static WebApplicationFactory<Program> WithLimits(PassageWebFactory factory, int perAddress, int perAccount) =>
        factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Passage:SignInThrottle:FailuresPerAddress", perAddress.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Passage:SignInThrottle:FailuresPerAccount", perAccount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        });

    private static async Task CreateUserAsync(WebApplicationFactory<Program> factory, string userName)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PassageUser>>();
        (await users.CreateAsync(new PassageUser { UserName = userName, DisplayName = userName }, PassageWebFactory.Password)).Succeeded.ShouldBeTrue();
    }

    private static async Task<double> TimeAsync(HttpClient browser, string userName)
    {
        var form = await browser.GetStringAsync(new Uri("/Account/SignIn", UriKind.Relative));
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = "not-the-password",
            ["__RequestVerificationToken"] = PassageWebFactory.AntiforgeryToken(form),
        });
        var watch = Stopwatch.StartNew();
        using var response = await browser.PostAsync(new Uri("/Account/SignIn", UriKind.Relative), content);
        watch.Stop();
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static string Alert(string html) => AlertPattern().Match(html).Groups[1].Value;

    [GeneratedRegex("<p class=\"alert\" role=\"alert\">([^<]*)</p>")]
    private static partial Regex AlertPattern();
}
