using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Passage.Core.Accounts;
using Passage.Core.Registry;
using Passage.Core.Registry.Matching;
using Passage.Testing;
using Passage.Web.Tests.Api;
using Passage.Web.Tests.Pages;

namespace Passage.Web.Tests.Verification;

/// <summary>
/// What a receiving country gets back reveals nothing of the registry beyond one of three answers: the same request, answered
/// the same, reads the same (API and pages) whether the registry holds nobody like the claim or the person and namesakes.
/// </summary>
public sealed partial class VerificationAnswerTests
{
    private static readonly object Claim = new
    {
        givenName = "Hossein",
        familyName = "Rahimi",
        fatherName = "Mohammad",
        birthDate = "1971",
        otherNames = new[] { "حسین رحیمی" },
        documentNumbers = "IR-P 55120987",
    };

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "CannotDetermine", "Cannot determine")]
    [InlineData(DatabaseProvider.Postgres, "CannotDetermine", "Cannot determine")]
    [InlineData(DatabaseProvider.Sqlite, "NotVerified", "Not verified")]
    [InlineData(DatabaseProvider.Postgres, "NotVerified", "Not verified")]
    public async Task DelegateResponses_SameAnswerInDifferentRegistries_AreIdentical(DatabaseProvider provider, string answer, string label)
    {
        var empty = await AskAndAnswerAsync(provider, resident: false, answer);
        var holding = await AskAndAnswerAsync(provider, resident: true, answer);

        holding.ShouldBe(empty);
        empty.ShouldContain($"\"answer\":\"{answer}\"");
        empty.ShouldContain(label);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task VerifiedAnswer_ToACountryThatHoldsNoNumber_CarriesOnlyTheAnswer(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var (country, _, supervisor, resident) = await SceneAsync(factory, resident: true);
        var id = (await (await country.PostJsonAsync("/api/v1/verification-requests", Claim)).JsonAsync()).GetProperty("id").GetString();
        using var review = await supervisor.GetAsync($"/api/v1/verification-reviews/{id}");
        var candidates = (await review.JsonAsync()).GetProperty("candidates");

        using var answered = await supervisor.PostJsonAsync($"/api/v1/verification-reviews/{id}/answer", new { answer = "Verified", personId = resident!.Id });
        var view = await (await country.GetAsync($"/api/v1/verification-requests/{id}")).JsonAsync();

        candidates[0].GetProperty("registrationNumber").GetString().ShouldBe(resident.RegistrationNumber);
        candidates[0].GetProperty("explanation").GetString().ShouldNotBeNullOrWhiteSpace();
        answered.StatusCode.ShouldBe(HttpStatusCode.OK);
        view.GetProperty("answer").GetString().ShouldBe("Verified");
        view.GetProperty("registrationNumber").ValueKind.ShouldBe(JsonValueKind.Null);
        view.EnumerateObject().Select(p => p.Name).ShouldBe(
        [
            "id", "countryCode", "countryName", "givenName", "familyName", "fatherName", "birthDate", "otherNames", "documentNumbers",
            "claimedRegistrationNumber", "submittedAt", "answer", "answerLabel", "registrationNumber",
        ]);
        (await (await country.GetAsync($"/api/v1/verification-reviews/{id}")).Content.ReadAsStringAsync()).ShouldNotContain(resident.RegistrationNumber);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Requests_AnotherCountrysRequest_IsNotFoundAndARegistrationClerkWhoIsNoSupervisorCannotReview(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var (country, _, _, _) = await SceneAsync(factory, resident: false);
        var id = (await (await country.PostJsonAsync("/api/v1/verification-requests", Claim)).JsonAsync()).GetProperty("id").GetString();
        using var albania = await ClientAsync(factory, "delegate.al", Roles.CountryDelegate, country: "AL");
        using var clerk = await ClientAsync(factory, "clerk", Roles.Registration);

        using var other = await albania.GetAsync($"/api/v1/verification-requests/{id}");
        var list = await (await albania.GetAsync("/api/v1/verification-requests")).JsonAsync();
        using var review = await clerk.GetAsync($"/api/v1/verification-reviews/{id}");

        other.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        list.GetProperty("items").GetArrayLength().ShouldBe(0);
        list.GetProperty("total").GetInt32().ShouldBe(0);
        review.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ReviewPage_SupervisorSeesCandidatesAndFlags_AndAnswersThroughTheForm(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var (country, _, _, resident) = await SceneAsync(factory, resident: true);
        await country.PostJsonAsync("/api/v1/verification-requests", Claim);
        var id = (await (await country.PostJsonAsync("/api/v1/verification-requests", Claim)).JsonAsync()).GetProperty("id").GetString();
        await factory.CreateUserAsync("supervisor.browser", Roles.Registration);
        await SetAsync(factory, "supervisor.browser", null, supervisor: true);
        using var browser = factory.CreateBrowser();
        (await PassageWebFactory.PostSignInAsync(browser, "supervisor.browser", PassageWebFactory.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var queue = await browser.GetPageAsync("/Verification/Reviews");
        var page = WebUtility.HtmlDecode(await browser.GetPageAsync($"/Verification/Reviews/{id}"));
        using var posted = await browser.PostFormAsync($"/Verification/Reviews/{id}",
            new Dictionary<string, string> { ["Answer"] = "NotVerified", ["Note"] = "Different father on the documents" });
        var after = WebUtility.HtmlDecode(await browser.GetPageAsync(posted.Headers.Location!.OriginalString));
        var view = await (await country.GetAsync($"/api/v1/verification-requests/{id}")).JsonAsync();

        queue.ShouldContain($"/Verification/Reviews/{id}");
        page.ShouldContain(resident!.RegistrationNumber);
        page.ShouldContain("The same claim again");
        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        after.ShouldContain("The request was answered: not verified.");
        view.GetProperty("answer").GetString().ShouldBe("NotVerified");
    }

    /// <summary>
    /// In a fresh application: the delegate of DE asks, the supervisor answers <paramref name="answer"/>; returns everything the
    /// delegate then reads about it (API list and request, list and request pages), with ids and times taken out.
    /// </summary>
    private static async Task<string> AskAndAnswerAsync(DatabaseProvider provider, bool resident, string answer)
    {
        using var factory = new PassageWebFactory(provider);
        var (country, browser, supervisor, _) = await SceneAsync(factory, resident);
        var submitted = await (await country.PostJsonAsync("/api/v1/verification-requests", Claim)).Content.ReadAsStringAsync();
        var id = JsonDocument.Parse(submitted).RootElement.GetProperty("id").GetString();
        var pending = await (await country.GetAsync($"/api/v1/verification-requests/{id}")).Content.ReadAsStringAsync();
        (await supervisor.PostJsonAsync($"/api/v1/verification-reviews/{id}/answer", new { answer })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var parts = new[]
        {
            submitted, pending,
            await (await country.GetAsync($"/api/v1/verification-requests/{id}")).Content.ReadAsStringAsync(),
            await (await country.GetAsync("/api/v1/verification-requests")).Content.ReadAsStringAsync(),
            MainOf(await browser.GetPageAsync($"/Verification/{id}")),
            MainOf(await browser.GetPageAsync("/Verification")),
        };
        return Neutral().Replace(string.Join("\n----\n", parts), "·");
    }

    private static async Task<(HttpClient Country, HttpClient Browser, HttpClient Supervisor, Person? Resident)> SceneAsync(PassageWebFactory factory, bool resident)
    {
        Person? person = null;
        if (resident)
        {
            person = await factory.RegisterPersonAsync(new PersonDetails("Hosein", "Rahimi", "Mohamad", "حسین", "رحیمی", "محمد", "Male", "1971-03-02", "B", "4"));
            await factory.RegisterPersonAsync(new PersonDetails("Hassan", "Rahimi", "Karim", null, null, null, "Male", "1990", "B", "5"));
            await factory.RegisterPersonAsync(new PersonDetails("Hossein", "Rahimi", "Jafar", null, null, null, "Male", "1958", "C", "1"));
            await using var scope = factory.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<RegistryIndex>().CatchUpAsync(scope.ServiceProvider.GetRequiredService<Passage.Core.Storage.PassageDbContext>());
        }

        var country = await ClientAsync(factory, "delegate.de", Roles.CountryDelegate, country: "DE");
        await factory.CreateUserAsync("delegate.de.browser", Roles.CountryDelegate);
        await SetAsync(factory, "delegate.de.browser", "DE", supervisor: false);
        var browser = factory.CreateBrowser();
        (await PassageWebFactory.PostSignInAsync(browser, "delegate.de.browser", PassageWebFactory.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var supervisor = await ClientAsync(factory, "supervisor", Roles.Registration, supervisor: true);
        return (country, browser, supervisor, person);
    }

    private static async Task<HttpClient> ClientAsync(PassageWebFactory factory, string name, string role, string? country = null, bool supervisor = false)
    {
        var client = await factory.ApiClientAsync(name, role);
        await SetAsync(factory, name, country, supervisor);
        return client;
    }

    private static async Task SetAsync(PassageWebFactory factory, string name, string? country, bool supervisor)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PassageUser>>();
        var user = (await users.FindByNameAsync(name))!;
        user.CountryCode = country;
        user.IsSupervisor = supervisor;
        (await users.UpdateAsync(user)).Succeeded.ShouldBeTrue();
    }

    private static string MainOf(string html) => html[html.IndexOf("<main", StringComparison.Ordinal)..html.IndexOf("</main>", StringComparison.Ordinal)];

    /// <summary>Request ids, times and antiforgery tokens: the only things two answers may differ by.</summary>
    [GeneratedRegex(@"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d{4}-\d{2}-\d{2}[T ][0-9:.]+(\+00:00|Z| UTC)?")]
    private static partial Regex Neutral();
}
