using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.Interviews;
using Passage.Core.Pledges;
using Passage.Core.Registry;
using Passage.Core.Tests.Pledges;
using Passage.Testing;

namespace Passage.Core.Tests.Common;

/// <summary>Every use case that takes text or a date applies the one text rule and the operation's date range, and writes nothing when it refuses.</summary>
public class InputRulesTests
{
    private const string Override = "\u202E";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task RegisterPerson_NameWithDirectionOverride_IsRefusedAndNothingIsSaved(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var actor = scene.As(Roles.Registration);
        await using var db = scene.Context();

        var result = await new RegisterPerson(db, actor, scene.Clock).ExecuteAsync(
            ResettlementScene.Details($"Hossein{Override}", "Rezaei", "1968", "حسین", "رضایی", "Male"));

        result.Problem!.Errors!.Keys.ShouldBe(["GivenName"]);
        (await db.Persons.CountAsync()).ShouldBe(0);
        (await db.Cases.CountAsync()).ShouldBe(0);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task RecordInterview_DirectionControlsInFreeText_AreRemovedAndControlCharactersRefused(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var family = await scene.FamilyAsync();

        var refused = await scene.InterviewAsync(family.Father.Id, ResettlementScene.Interview(ResettlementChoice.Resettle, concerns: "Threatened\0 at the gate"));
        var kept = await scene.InterviewAsync(family.Father.Id, ResettlementScene.Interview(ResettlementChoice.Resettle, concerns: $"Threatened {Override}etag eht ta"));

        refused.Problem!.Errors!.Keys.ShouldBe(["ProtectionConcerns"]);
        kept.Succeeded.ShouldBeTrue();
        await using var db = scene.Context();
        (await db.Interviews.SingleAsync()).ProtectionConcerns.ShouldBe("Threatened etag eht ta");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task RecordInterview_HeldIn1800OrScheduledIn2099_IsRefused(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var family = await scene.FamilyAsync();

        var old = await scene.InterviewAsync(family.Father.Id, ResettlementScene.Interview(ResettlementChoice.Resettle) with { HeldOn = new DateOnly(1800, 1, 1) });
        var far = await scene.InterviewAsync(family.Father.Id, ResettlementScene.Interview(ResettlementChoice.Resettle) with { ScheduledOn = new DateOnly(2099, 1, 1) });

        old.Problem!.Errors!["HeldOn"].ShouldBe(["The date cannot be before 1990."]);
        far.Problem!.Errors!["ScheduledOn"].ShouldBe(["The date cannot be more than ten years ahead."]);
        await using var db = scene.Context();
        (await db.Interviews.CountAsync()).ShouldBe(0);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task CreatePledge_OutOfRangeDatesUnknownCategoryOrControlCharacterInTheNote_NamesEachFieldAndSavesNothing(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var actor = scene.As(Roles.Resettlement);
        await using var db = scene.Context();

        var result = await new CreatePledge(db, actor, scene.Clock).ExecuteAsync(
            new PledgeDetails("DE", 10, new DateOnly(1800, 1, 1), (PledgeCategories)64, new DateOnly(2099, 12, 31), "Letter\a of 3 May"));

        result.Problem!.Errors!.Keys.Order().ShouldBe(["Categories", "Deadline", "Note", "PledgedOn"]);
        (await db.Pledges.CountAsync()).ShouldBe(0);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ReferAndDecide_ReasonsWithDirectionOverrides_AreStoredNeutralisedEverywhere(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var family = await scene.ReadyFamilyAsync();
        var pledge = await scene.PledgeAsync("DE", 10);
        var version = await scene.CaseVersionAsync(family.CaseId);
        var actor = scene.As(Roles.Resettlement);
        Guid referralId;
        await using (var db = scene.Context())
        {
            var referred = await new ReferCase(db, actor, new CaseFactsQuery(db, scene.Clock), scene.Clock)
                .ExecuteAsync(family.CaseId, pledge.Id, version, $"Family ties {Override}ynamreG ni");
            referralId = referred.Value.ReferralId;
        }

        (await scene.SubmitAsync(referralId)).Succeeded.ShouldBeTrue();
        var delegateActor = scene.As(Roles.CountryDelegate, "DE");
        await using (var db = scene.Context())
        {
            var bell = await ResettlementScene.DecideAsync(db, delegateActor, scene.Clock, referralId, DecisionOutcome.Accepted, "Accepted\a");
            bell.Problem!.Errors!.Keys.ShouldBe(["Reason"]);
        }

        await using (var db = scene.Context())
        {
            (await ResettlementScene.DecideAsync(db, delegateActor, scene.Clock, referralId, DecisionOutcome.Accepted, $"Meets {Override}airetirc")).Succeeded.ShouldBeTrue();
        }

        await using var check = scene.Context();
        (await check.Referrals.SingleAsync()).Reason.ShouldBe("Family ties ynamreG ni");
        (await check.ReferralDecisions.SingleAsync()).Reason.ShouldBe("Meets airetirc");
        (await check.CaseEvents.Where(e => e.CaseId == family.CaseId).Select(e => e.Reason).ToListAsync()).ShouldAllBe(r => !r.Contains(Override));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task DecideReferral_DecidedIn1800_IsRefused(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var family = await scene.ReadyFamilyAsync();
        var pledge = await scene.PledgeAsync("DE", 10);
        var referralId = await scene.ReferAndSubmitAsync(family.CaseId, pledge.Id);
        var actor = scene.As(Roles.CountryDelegate, "DE");
        await using var db = scene.Context();

        var result = await new DecideReferral(db, actor, scene.Move(db, actor), new AuditLog(db, actor, scene.Clock), scene.Clock)
            .ExecuteAsync(referralId, DecisionOutcome.Accepted, new DateOnly(1800, 1, 1), "Meets the criteria");

        result.Problem!.Errors!.Keys.ShouldBe(["DecidedOn"]);
        (await scene.CaseStatusAsync(family.CaseId)).ShouldBe(CaseStatus.Submitted);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task MoveCaseAndThirdPartyList_ControlCharacters_AreRefused(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var family = await scene.FamilyAsync();
        var version = await scene.CaseVersionAsync(family.CaseId);
        var actor = scene.As(Roles.Protection);
        await using var db = scene.Context();

        var moved = await new MoveCase(db, actor, new AuditLog(db, actor, scene.Clock), new CaseFactsQuery(db, scene.Clock), scene.Clock)
            .ExecuteAsync(family.CaseId, CaseStatus.OnHold, "Concern\u0007", version);
        var list = await new RecordThirdPartyList(db, actor, scene.Clock)
            .ExecuteAsync(new ThirdPartyListDetails("Camp\0 leadership", new DateOnly(1800, 1, 1), ThirdPartyListKind.ReadyToLeave, [family.Father.RegistrationNumber]));

        moved.Problem!.Errors!.Keys.ShouldBe(["Reason"]);
        list.Problem!.Errors!.Keys.Order().ShouldBe(["ReceivedOn", "Sender"]);
        (await scene.CaseStatusAsync(family.CaseId)).ShouldBe(CaseStatus.Registered);
        (await db.ThirdPartyLists.CountAsync()).ShouldBe(0);
    }
}
