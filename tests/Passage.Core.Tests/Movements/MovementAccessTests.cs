using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Movements;
using Passage.Core.Tests.Pledges;
using Passage.Testing;

namespace Passage.Core.Tests.Movements;

public class MovementAccessTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Movements_EachRoleSeesWhatTheTableSays_ADelegateOnlyTheirCountrysAndRegistrationAndSecurityNone(DatabaseProvider provider)
    {
        using var scene = MovementScene.Create(provider);
        var toGermany = await scene.PlanAsync("DE", seats: 10);
        var toAlbania = await scene.PlanAsync("AL", seats: 10);
        var today = ResettlementScene.Today;

        var seen = new Dictionary<string, (IReadOnlyList<string> Listed, ProblemKind? Albania)>();
        foreach (var role in Roles.All)
        {
            var actor = scene.As(role, role == Roles.CountryDelegate ? "DE" : null);
            await using var db = scene.Context();
            var calendar = await new ListMovements(db, actor).ExecuteAsync(today, today.AddDays(30));
            var listed = calendar.Succeeded ? calendar.Value.Movements.Select(m => m.CountryCode).ToList() : [];
            var albania = await scene.ViewAsync(actor, toAlbania.Id);
            seen[role] = (listed, albania.Problem?.Kind);
        }

        foreach (var role in new[] { Roles.Protection, Roles.Resettlement, Roles.Movement })
        {
            seen[role].Listed.ShouldBe(["DE", "AL"], ignoreOrder: true, customMessage: role);
            seen[role].Albania.ShouldBeNull(role);
        }

        seen[Roles.CountryDelegate].Listed.ShouldBe(["DE"]);
        seen[Roles.CountryDelegate].Albania.ShouldBe(ProblemKind.NotFound);
        foreach (var role in new[] { Roles.Registration, Roles.Security, Roles.Administrator, Roles.Tracing, Roles.Auditor, Roles.Viewer })
        {
            seen[role].Listed.ShouldBeEmpty(role);
            seen[role].Albania.ShouldBe(ProblemKind.NotFound, role);
        }

        (await scene.ViewAsync(scene.As(Roles.CountryDelegate, "DE"), toGermany.Id)).Succeeded.ShouldBeTrue();
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ViewMovement_SearchAtCheckIn_FindsByRegistrationNumberOrEitherScript(DatabaseProvider provider)
    {
        using var scene = MovementScene.Create(provider);
        var pledge = await scene.Resettlement.PledgeAsync("DE", 20);
        var (caseId, members) = await scene.FamilyAsync(pledge);
        var movement = await scene.PlanAsync("DE", seats: 10);
        (await scene.BookAsync(movement.Id, caseId)).Succeeded.ShouldBeTrue();
        var actor = scene.As(Roles.Movement);

        var byNumber = await scene.ViewAsync(actor, movement.Id, members[1].RegistrationNumber);
        var byName = await scene.ViewAsync(actor, movement.Id, "narges");
        var byArabic = await scene.ViewAsync(actor, movement.Id, "علی");

        byNumber.Value.Bookings.Single().Passengers.ShouldHaveSingleItem().Name.ShouldBe("Zahra Rezaei");
        byName.Value.Bookings.Single().Passengers.ShouldHaveSingleItem().Name.ShouldBe("Narges Rezaei");
        byArabic.Value.Bookings.Single().Passengers.ShouldHaveSingleItem().Name.ShouldBe("Ali Rezaei");
    }
}
