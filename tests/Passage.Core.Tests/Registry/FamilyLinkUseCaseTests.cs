using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Common;
using Passage.Core.Registry;
using Passage.Testing;

namespace Passage.Core.Tests.Registry;

public class FamilyLinkUseCaseTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    /// <summary>Two persons in two cases: a brother and a sister registered apart.</summary>
    private static async Task<(Person Brother, Person Sister)> RegisterApartAsync(TestDatabase database)
    {
        database.Actor.Set("u1", "registration@test", null, [Roles.Registration]);
        await using var db = database.CreateContext();
        var register = new RegisterPerson(db, database.Actor, Clock);
        var brother = (await register.ExecuteAsync(RegistryUseCaseTests.Details("Hossein", "Rezaei", "1968", "حسین", "رضایی"))).Value;
        var sister = (await register.ExecuteAsync(RegistryUseCaseTests.Details("Maryam", "Rezaei", "1975-06", "مریم", "رضایی"))).Value;
        return (brother, sister);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Link_SiblingInAnotherCase_IsStoredAuditedAndSeenFromBothSides(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider, Clock);
        var (brother, sister) = await RegisterApartAsync(database);
        await using var db = database.CreateContext();

        var result = await new LinkFamilyMembers(db, database.Actor).ExecuteAsync(brother.Id, " psg" + sister.RegistrationNumber[4..], Relationship.Sibling);

        result.Succeeded.ShouldBeTrue();
        (result.Value.RelatedRegistrationNumber, result.Value.SameCase).ShouldBe((sister.RegistrationNumber, false));
        await using var check = database.CreateContext();
        var fromSister = (await new ViewPerson(check, database.Actor, new AuditLog(check, database.Actor, Clock), Clock).ExecuteAsync(sister.Id)).Value.FamilyLinks;
        fromSister.Select(l => (l.RegistrationNumber, l.Relationship, l.SameCase)).ShouldBe([(brother.RegistrationNumber, Relationship.Sibling, false)]);
        (await check.AuditEntries.CountAsync(a => a.EntityType == nameof(FamilyLink) && a.Action == AuditAction.Created)).ShouldBe(1);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Link_MissingRelationshipAndUnknownNumber_NamesBothFieldsAndStoresNothing(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider, Clock);
        var (brother, _) = await RegisterApartAsync(database);
        await using var db = database.CreateContext();

        var result = await new LinkFamilyMembers(db, database.Actor).ExecuteAsync(brother.Id, "PSG-999999", null);

        result.Problem!.Kind.ShouldBe(ProblemKind.Validation);
        result.Problem.Errors!.Keys.Order(StringComparer.Ordinal).ShouldBe([LinkFamilyMembers.RelatedField, LinkFamilyMembers.RelationshipField]);
        result.Problem.Errors[LinkFamilyMembers.RelatedField].ShouldBe(["No person has that registration number."]);
        (await db.FamilyLinks.CountAsync()).ShouldBe(0);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Link_PairAlreadyLinkedFromTheOtherSide_IsRefusedBesideTheNumber(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider, Clock);
        var (brother, sister) = await RegisterApartAsync(database);
        await using var db = database.CreateContext();
        var link = new LinkFamilyMembers(db, database.Actor);
        (await link.ExecuteAsync(brother.Id, sister.RegistrationNumber, Relationship.Sibling)).Succeeded.ShouldBeTrue();

        var again = await link.ExecuteAsync(sister.Id, brother.RegistrationNumber, Relationship.Spouse);

        again.Problem!.Errors![LinkFamilyMembers.RelatedField].Single().ShouldContain("already linked");
        (await db.FamilyLinks.CountAsync()).ShouldBe(1);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Unlink_FromTheOtherSide_RemovesTheLinkAuditedAndKeepsBothPersons(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider, Clock);
        var (brother, sister) = await RegisterApartAsync(database);
        await using var db = database.CreateContext();
        (await new LinkFamilyMembers(db, database.Actor).ExecuteAsync(brother.Id, sister.RegistrationNumber, Relationship.Parent)).Succeeded.ShouldBeTrue();

        var removed = await new UnlinkFamilyMembers(db, database.Actor).ExecuteAsync(sister.Id, brother.Id);

        removed.Value.ShouldBe(brother.RegistrationNumber);
        await using var check = database.CreateContext();
        (await check.FamilyLinks.CountAsync()).ShouldBe(0);
        (await check.Persons.CountAsync()).ShouldBe(2);
        (await check.AuditEntries.CountAsync(a => a.EntityType == nameof(FamilyLink) && a.Action == AuditAction.Deleted)).ShouldBe(1);
    }

    [Theory]
    [InlineData(Roles.Protection)]
    [InlineData(Roles.Resettlement)]
    public async Task LinkAndUnlink_RoleThatDoesNotWriteBiodata_AnswersNotFoundAndChangesNothing(string role)
    {
        using var database = TestDatabase.Create(DatabaseProvider.Sqlite, Clock);
        var (brother, sister) = await RegisterApartAsync(database);
        await using var db = database.CreateContext();
        (await new LinkFamilyMembers(db, database.Actor).ExecuteAsync(brother.Id, sister.RegistrationNumber, Relationship.Sibling)).Succeeded.ShouldBeTrue();
        var other = new Actor();
        other.Set("u2", "other@test", null, [role]);

        var link = await new LinkFamilyMembers(db, other).ExecuteAsync(sister.Id, brother.RegistrationNumber, Relationship.Sibling);
        var unlink = await new UnlinkFamilyMembers(db, other).ExecuteAsync(sister.Id, brother.Id);

        (link.Problem!.Kind, unlink.Problem!.Kind).ShouldBe((ProblemKind.NotFound, ProblemKind.NotFound));
        (await db.FamilyLinks.CountAsync()).ShouldBe(1);
    }
}
