using Microsoft.Extensions.DependencyInjection;
using Passage.Core.Accounts;
using Passage.Core.Registry;
using Passage.Core.Storage;
using Passage.Testing;
using Passage.Web.Hosting;

namespace Passage.Web.Tests.Pages;

public sealed class RegistryIndexCatchUpTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task RegistrySearch_PersonWrittenByAnotherProcess_IsFoundAfterTheCatchUpTick(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        using var browser = await factory.SignedInBrowserAsync("fatemeh.karimi", Roles.Registration);
        await factory.RegisterPersonAsync(PassageWebFactory.SampleDetails("Zahra", "Ahmadi", "1990"));
        var written = await WriteAsAnotherProcessAsync(factory, PassageWebFactory.SampleDetails("Hossein", "Rezaei", "1968") with { GivenNameArabic = null, FamilyNameArabic = null, Aliases = [] });
        (await browser.GetPageAsync("/Persons?q=Husein+Rezayi")).ShouldNotContain(written.RegistrationNumber);

        var applied = await factory.Services.GetRequiredService<RegistryIndexCatchUpService>().TickAsync();

        applied.ShouldBeGreaterThanOrEqualTo(1);
        (await browser.GetPageAsync("/Persons?q=Husein+Rezayi")).ShouldContain(written.RegistrationNumber);
    }

    /// <summary>Registers through a context and use case of their own, which do not touch this application's index.</summary>
    private static async Task<Person> WriteAsAnotherProcessAsync(PassageWebFactory factory, PersonDetails details)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var actor = scope.ServiceProvider.GetRequiredService<Actor>();
        actor.Set("cli", "cli", null, [Roles.Registration]);
        var register = new RegisterPerson(scope.ServiceProvider.GetRequiredService<PassageDbContext>(), actor, TimeProvider.System);
        return (await register.ExecuteAsync(details)).Value;
    }
}
