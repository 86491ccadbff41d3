using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Common;
using Passage.Core.Interviews;
using Passage.Core.Tests.Pledges;
using Passage.Testing;

namespace Passage.Core.Tests.Interviews;

public class ProtectionFlagDoneTests
{
    /// <summary>A "ready to leave" list naming the mother, who chose to remain: one flag for protection.</summary>
    private static async Task<(Family Family, ProtectionFlag Flag)> FlaggedMotherAsync(ResettlementScene scene)
    {
        var family = await scene.FamilyAsync();
        (await scene.InterviewAsync(family.Mother.Id, ResettlementScene.Interview(ResettlementChoice.Remain))).Succeeded.ShouldBeTrue();
        await using var db = scene.Context();
        (await new RecordThirdPartyList(db, scene.As(Roles.Protection), scene.Clock).ExecuteAsync(new ThirdPartyListDetails(
            "Camp leadership", ResettlementScene.Today, ThirdPartyListKind.ReadyToLeave, [family.Mother.RegistrationNumber]))).Succeeded.ShouldBeTrue();
        return (family, (await new ProtectionFlags(db, scene.As(Roles.Protection)).ExecuteAsync()).ShouldHaveSingleItem());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task MarkDone_WithANote_NoLongerCountsAsWaitingAndKeepsWhoAndTheNote(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var (family, flag) = await FlaggedMotherAsync(scene);
        var protection = scene.As(Roles.Protection);
        await using var db = scene.Context();
        var at = scene.Clock.GetUtcNow();

        var done = await new MarkProtectionFlagDone(db, protection, scene.Clock).ExecuteAsync(flag.Key, "Talked to her alone; she still chooses to remain.");

        done.Succeeded.ShouldBeTrue();
        await using var check = scene.Context();
        var flags = new ProtectionFlags(check, protection, new AuditLog(check, protection, scene.Clock));
        (await flags.CountAsync()).ShouldBe(0);
        var listed = (await flags.ExecuteAsync()).ShouldHaveSingleItem();
        (listed.Name, listed.Done!.ByName, listed.Done.Note, listed.Done.At).ShouldBe(
            ($"{family.Mother.GivenName} {family.Mother.FamilyName}", protection.UserName, "Talked to her alone; she still chooses to remain.", at));
        (await check.AuditEntries.CountAsync(a => a.EntityType == nameof(ProtectionFlagReview) && a.Action == AuditAction.Created)).ShouldBe(1);
        (await check.AuditEntries.CountAsync(a => a.EntityType == nameof(ProtectionFlag) && a.Action == AuditAction.Searched)).ShouldBe(1);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task MarkDone_ThenANewInterviewStillContradictingTheList_RaisesTheFlagAgain(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var (family, flag) = await FlaggedMotherAsync(scene);
        var protection = scene.As(Roles.Protection);
        await using (var db = scene.Context())
        {
            (await new MarkProtectionFlagDone(db, protection, scene.Clock).ExecuteAsync(flag.Key, "Talked to her alone.")).Succeeded.ShouldBeTrue();
        }

        (await scene.InterviewAsync(family.Mother.Id, ResettlementScene.Interview(ResettlementChoice.Remain))).Succeeded.ShouldBeTrue();

        await using var check = scene.Context();
        (await new ProtectionFlags(check, protection).CountAsync()).ShouldBe(1);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task MarkDone_WithoutANoteOrTwice_IsRefusedAndStoresOneReview(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var (_, flag) = await FlaggedMotherAsync(scene);
        var protection = scene.As(Roles.Protection);
        await using var db = scene.Context();
        var mark = new MarkProtectionFlagDone(db, protection, scene.Clock);

        var empty = await mark.ExecuteAsync(flag.Key, "  ");
        (await mark.ExecuteAsync(flag.Key, "Talked to her alone.")).Succeeded.ShouldBeTrue();
        var twice = await mark.ExecuteAsync(flag.Key, "Again.");

        empty.Problem!.Errors![MarkProtectionFlagDone.NoteField].ShouldBe(["Say what was done, for example that you talked to the resident alone."]);
        (twice.Problem!.Kind, twice.Problem.Detail).ShouldBe((ProblemKind.Refused, $"{protection.UserName} marked this flag done on {scene.Clock.GetUtcNow():yyyy-MM-dd}."));
        (await db.ProtectionFlagReviews.CountAsync()).ShouldBe(1);
    }

    [Theory]
    [InlineData(Roles.Resettlement, "list:1:none")]
    [InlineData(Roles.Registration, "list:1:none")]
    [InlineData(Roles.Protection, "list:999:none")]
    public async Task MarkDone_RoleWithoutInterviewRecordsOrUnknownFlag_AnswersNotFound(string role, string key)
    {
        using var scene = ResettlementScene.Create(DatabaseProvider.Sqlite);
        await FlaggedMotherAsync(scene);
        await using var db = scene.Context();

        var result = await new MarkProtectionFlagDone(db, scene.As(role), scene.Clock).ExecuteAsync(key, "Talked to her alone.");

        result.Problem!.Kind.ShouldBe(ProblemKind.NotFound);
        (await db.ProtectionFlagReviews.CountAsync()).ShouldBe(0);
    }
}
