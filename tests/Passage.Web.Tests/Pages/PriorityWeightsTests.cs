using System.Net;
using System.Net.Http.Json;
using Passage.Core.Accounts;
using Passage.Testing;
using Passage.Web.Tests.Api;

namespace Passage.Web.Tests.Pages;

public sealed class PriorityWeightsTests
{
    private static Dictionary<string, string> Form(string seriousMedical) => new()
    {
        ["Weights.SeriousMedical"] = seriousMedical,
        ["Weights.Disability"] = "20",
        ["Weights.OlderPerson"] = "15",
        ["Weights.SingleParent"] = "15",
        ["Weights.PerMonthWaiting"] = "2",
        ["Weights.FamilyTiesInPledgingCountry"] = "10",
        ["Weights.ProtectionConcerns"] = "25",
    };

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task PrioritiesPage_Administrator_SavesTheWeightsTheQueueUses(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        using var browser = await factory.SignedInBrowserAsync("admin.one", Roles.Administrator);

        using var saved = await browser.PostFormAsync("/Admin/Priorities", Form("45"));
        var page = await browser.GetPageAsync("/Admin/Priorities");

        (await saved.Content.ReadAsStringAsync()).ShouldContain("The weights were saved");
        page.ShouldContain("id=\"Weights_SeriousMedical\" name=\"Weights.SeriousMedical\" type=\"number\" min=\"0\" max=\"1000\" step=\"1\" value=\"45\"");
    }

    [Fact]
    public async Task PrioritiesPage_WeightOutOfRange_ShowsTheFieldMessageAndKeepsTheOldWeights()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        using var browser = await factory.SignedInBrowserAsync("admin.one", Roles.Administrator);

        using var refused = await browser.PostFormAsync("/Admin/Priorities", Form("5000"));
        var page = await browser.GetPageAsync("/Admin/Priorities");

        (await refused.Content.ReadAsStringAsync()).ShouldContain("A weight is a whole number from 0 to 1000.");
        page.ShouldNotContain("value=\"5000\"");
    }

    [Theory]
    [InlineData(Roles.Resettlement)]
    [InlineData(Roles.Protection)]
    public async Task PrioritiesPage_OtherRoles_AreRefused(string role)
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        using var browser = await factory.SignedInBrowserAsync("someone", role);

        using var response = await browser.GetAsync(new Uri("/Admin/Priorities", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/Denied");
    }

    [Fact]
    public async Task PriorityWeightsApi_Administrator_ReadsAndSetsWithValidation()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        using var api = await factory.ApiClientAsync("admin.one", Roles.Administrator);
        var weights = new { seriousMedical = 40, disability = 20, olderPerson = 15, singleParent = 15, perMonthWaiting = 2, familyTiesInPledgingCountry = 10, protectionConcerns = 25 };

        using var valid = await api.PutAsJsonAsync(new Uri("/api/v1/priority-weights", UriKind.Relative), weights);
        using var bad = await api.PutAsJsonAsync(new Uri("/api/v1/priority-weights", UriKind.Relative), new { seriousMedical = -1, disability = 20, olderPerson = 15, singleParent = 15, perMonthWaiting = 2, familyTiesInPledgingCountry = 10, protectionConcerns = 25 });
        using var read = await api.GetAsync("/api/v1/priority-weights");

        valid.StatusCode.ShouldBe(HttpStatusCode.OK);
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.JsonAsync()).GetProperty("errors").GetProperty("SeriousMedical")[0].GetString().ShouldBe("A weight is a whole number from 0 to 1000.");
        (await read.JsonAsync()).GetProperty("seriousMedical").GetInt32().ShouldBe(40);
    }
}
