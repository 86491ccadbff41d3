using System.Net;
using Passage.Core.Accounts;
using Passage.Testing;
using Passage.Web.Tests.Api;

namespace Passage.Web.Tests.Access;

/// <summary>
/// A list narrowed by a field tells who has it: whoever may not read specific needs may not list residents by them either,
/// on the API (400 naming the field) and on the page (a field message, no names, no count, and no such filter offered).
/// </summary>
public sealed class NeedFilterTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, Roles.Security)]
    [InlineData(DatabaseProvider.Sqlite, Roles.Movement)]
    [InlineData(DatabaseProvider.Postgres, Roles.Security)]
    [InlineData(DatabaseProvider.Postgres, Roles.Movement)]
    public async Task ListByNeed_RoleThatMayNotReadNeeds_IsRefusedOnTheApiAndThePage(DatabaseProvider provider, string role)
    {
        using var factory = new PassageWebFactory(provider);
        var survivor = await factory.RegisterPersonAsync(PassageWebFactory.SampleDetails("Nasrin", "Shafiei", "1988") with { Needs = ["TR"] });
        await factory.RegisterPersonAsync(PassageWebFactory.SampleDetails("Omid", "Farahani", "1990") with { Needs = [] });
        using var api = await factory.ApiClientAsync("matrix.api", role);
        using var browser = await factory.SignedInBrowserAsync("matrix.page", role);
        using var registration = await factory.ApiClientAsync("matrix.registration", Roles.Registration);

        using var refused = await api.GetAsync("/api/v1/persons?need=TR");
        var page = await browser.GetStringAsync(new Uri("/Persons?need=TR", UriKind.Relative));
        var unfiltered = await browser.GetStringAsync(new Uri("/Persons", UriKind.Relative));
        var allowed = await (await registration.GetAsync("/api/v1/persons?need=TR")).JsonAsync();

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.JsonAsync()).GetProperty("errors").TryGetProperty("Need", out _).ShouldBeTrue();
        page.ShouldContain("cannot list persons by it");
        page.ShouldNotContain("Shafiei");
        page.ShouldNotContain("Showing");
        unfiltered.ShouldContain("Shafiei");
        unfiltered.ShouldNotContain("name=\"need\"");
        allowed.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("registrationNumber").GetString()).ShouldBe([survivor.RegistrationNumber]);
    }
}
