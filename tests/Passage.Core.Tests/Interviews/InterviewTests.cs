using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.Interviews;
using Passage.Core.Tests.Pledges;
using Passage.Testing;

namespace Passage.Core.Tests.Interviews;

public class InterviewTests
{
    private const string Disclosure = "Threatened by a relative over her wish to leave";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task RecordInterview_ResidentChangesTheirMind_LaterVersionIsInForceAndHistoryKeepsBoth(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var (database, clock) = (scene.Database, scene.Clock);
        var family = await scene.FamilyAsync();
        var first = await scene.InterviewAsync(family.Son.Id, ResettlementScene.Interview(ResettlementChoice.Undecided));

        var second = await scene.InterviewAsync(family.Son.Id, ResettlementScene.Interview(ResettlementChoice.Resettle));

        (first.Value.Sequence, second.Value.Sequence).ShouldBe((1, 2));
        await using var db = scene.Context();
        var view = (await new ViewInterviews(db, scene.As(Roles.Protection), new AuditLog(db, database.Actor, clock)).ExecuteAsync(family.Son.Id)).Value;
        view.Interviews.Select(i => (i.Sequence, i.Choice, i.InForce)).ShouldBe([(2, ResettlementChoice.Resettle, true), (1, ResettlementChoice.Undecided, false)]);
        (await db.Interviews.CountAsync()).ShouldBe(2);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task RecordInterview_LastAdultOfTheCaseInterviewed_MovesTheCaseToInterviewed(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var family = await scene.FamilyAsync();

        await scene.InterviewAsync(family.Father.Id, ResettlementScene.Interview(ResettlementChoice.Resettle));
        await scene.InterviewAsync(family.Mother.Id, ResettlementScene.Interview(ResettlementChoice.Undecided));
        var beforeLastAdult = await scene.CaseStatusAsync(family.CaseId);
        await scene.InterviewAsync(family.Son.Id, ResettlementScene.Interview(ResettlementChoice.Remain));

        beforeLastAdult.ShouldBe(CaseStatus.Registered);
        (await scene.CaseStatusAsync(family.CaseId)).ShouldBe(CaseStatus.Interviewed);
        await using var db = scene.Context();
        (await db.CaseEvents.SingleAsync(e => e.ToStatus == CaseStatus.Interviewed)).Reason.ShouldBe("Every adult of the case interviewed individually");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task RecordInterview_NotAloneWithoutSayingWhoWasPresent_NamesTheFieldsAndSavesNothing(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var family = await scene.FamilyAsync();
        var details = ResettlementScene.Interview(ResettlementChoice.Resettle, alone: false, preferences: [new("ZZ", PreferenceReason.Language)])
            with
        { OthersPresent = " ", Interviewer = "" };

        var result = await scene.InterviewAsync(family.Father.Id, details);

        result.Problem!.Errors!.Keys.ShouldBe(["OthersPresent", "Interviewer", "PreferredCountries"], ignoreOrder: true);
        await using var db = scene.Context();
        (await db.Interviews.CountAsync()).ShouldBe(0);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, Roles.Protection, "record")]
    [InlineData(DatabaseProvider.Postgres, Roles.Protection, "record")]
    [InlineData(DatabaseProvider.Sqlite, Roles.Resettlement, "choice")]
    [InlineData(DatabaseProvider.Postgres, Roles.Resettlement, "choice")]
    [InlineData(DatabaseProvider.Sqlite, Roles.Registration, "nothing")]
    [InlineData(DatabaseProvider.Sqlite, Roles.Movement, "nothing")]
    [InlineData(DatabaseProvider.Sqlite, Roles.CountryDelegate, "nothing")]
    [InlineData(DatabaseProvider.Sqlite, Roles.Tracing, "nothing")]
    [InlineData(DatabaseProvider.Sqlite, Roles.Security, "nothing")]
    [InlineData(DatabaseProvider.Sqlite, Roles.Auditor, "nothing")]
    [InlineData(DatabaseProvider.Sqlite, Roles.Viewer, "nothing")]
    [InlineData(DatabaseProvider.Sqlite, Roles.Administrator, "nothing")]
    [InlineData(DatabaseProvider.Postgres, Roles.Registration, "nothing")]
    [InlineData(DatabaseProvider.Postgres, Roles.CountryDelegate, "nothing")]
    public async Task ViewInterviews_PerRole_ShowsTheRecordTheChoiceOnlyOrNothing(DatabaseProvider provider, string role, string expected)
    {
        using var scene = ResettlementScene.Create(provider);
        var clock = scene.Clock;
        var family = await scene.FamilyAsync();
        await scene.InterviewAsync(family.Mother.Id, ResettlementScene.Interview(ResettlementChoice.Resettle, Disclosure, confidential: true));

        var actor = scene.As(role, role == Roles.CountryDelegate ? "DE" : null);
        await using var db = scene.Context();
        var result = await new ViewInterviews(db, actor, new AuditLog(db, actor, clock)).ExecuteAsync(family.Mother.Id);
        var familyView = await new ViewCaseInterviews(db, actor, new AuditLog(db, actor, clock), clock).ExecuteAsync(family.CaseId);

        var seen = !result.Succeeded ? "nothing" : result.Value.Interviews.Single().Record is null ? "choice" : "record";
        seen.ShouldBe(expected);
        familyView.Succeeded.ShouldBe(expected != "nothing");
        if (result.Succeeded)
        {
            var interview = result.Value.Interviews.Single();
            interview.Choice.ShouldBe(ResettlementChoice.Resettle);
            interview.PreferredCountries.ShouldHaveSingleItem().CountryCode.ShouldBe("DE");
            (await db.AuditEntries.CountAsync(a => a.Action == AuditAction.Viewed && a.EntityType == nameof(Interview) && a.EntityId == family.Mother.Id.ToString() && a.UserName == actor.UserName))
                .ShouldBe(1);
        }
        else
        {
            result.Problem!.Kind.ShouldBe(ProblemKind.NotFound);
        }
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ViewCaseInterviews_DisclosureConfidentialFromTheFamily_IsLeftOutOfTheFamilyViewButKeptInTheOwnRecord(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var clock = scene.Clock;
        var family = await scene.FamilyAsync();
        await scene.InterviewAsync(family.Mother.Id, ResettlementScene.Interview(ResettlementChoice.Resettle, Disclosure, confidential: true));
        await scene.InterviewAsync(family.Father.Id, ResettlementScene.Interview(ResettlementChoice.Resettle, "Lost work permit"));

        var protection = scene.As(Roles.Protection);
        await using var db = scene.Context();
        var audit = new AuditLog(db, protection, clock);
        var familyView = (await new ViewCaseInterviews(db, protection, audit, clock).ExecuteAsync(family.CaseId)).Value;
        var own = (await new ViewInterviews(db, protection, audit).ExecuteAsync(family.Mother.Id)).Value;

        var mother = familyView.Single(m => m.PersonId == family.Mother.Id).Interview!.Record!;
        (mother.ProtectionConcerns, mother.ConfidentialFromFamily).ShouldBe((null, true));
        familyView.Single(m => m.PersonId == family.Father.Id).Interview!.Record!.ProtectionConcerns.ShouldBe("Lost work permit");
        familyView.Single(m => m.PersonId == family.Daughter.Id).Interview.ShouldBeNull();
        own.Interviews.Single().Record!.ProtectionConcerns.ShouldBe(Disclosure);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task RecordThirdPartyList_ReadyToLeaveList_ChangesNobodysStatusOrChoiceAndFlagsTheContradiction(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var clock = scene.Clock;
        var family = await scene.FamilyAsync();
        await scene.InterviewAsync(family.Father.Id, ResettlementScene.Interview(ResettlementChoice.Resettle));
        await scene.InterviewAsync(family.Mother.Id, ResettlementScene.Interview(ResettlementChoice.Remain));
        string Snapshot(Passage.Core.Storage.PassageDbContext db) => string.Join(";",
            db.Cases.AsNoTracking().OrderBy(c => c.CaseNumber).Select(c => c.CaseNumber + c.Status + c.Version).ToList()
                .Concat(db.Interviews.AsNoTracking().OrderBy(i => i.Id).Select(i => i.PersonId + ":" + i.Sequence + i.Choice).ToList())
                .Concat(db.Persons.AsNoTracking().OrderBy(p => p.RegistrationNumber).Select(p => p.RegistrationNumber + p.Version).ToList()));
        string before;
        await using (var db = scene.Context())
        {
            before = Snapshot(db);
        }

        var protection = scene.As(Roles.Protection);
        await using var context = scene.Context();
        var recorded = await new RecordThirdPartyList(context, protection, clock).ExecuteAsync(new ThirdPartyListDetails(
            "Camp leadership", ResettlementScene.Today, ThirdPartyListKind.ReadyToLeave,
            [family.Father.RegistrationNumber, family.Mother.RegistrationNumber, family.Son.RegistrationNumber, "PSG-999999"]));

        recorded.Value.UnknownNumbers.ShouldBe(["PSG-999999"]);
        Snapshot(context).ShouldBe(before);
        var flags = await new ProtectionFlags(context, protection).ExecuteAsync();
        flags.Select(f => (f.RegistrationNumber, f.Kind)).ShouldBe(
        [
            (family.Mother.RegistrationNumber, ProtectionFlagKind.ListContradictsInterview),
            (family.Son.RegistrationNumber, ProtectionFlagKind.ListContradictsInterview),
        ]);
        flags[0].Reason.ShouldBe("On a \"ready to leave\" list from Camp leadership received 2026-11-23; own interview: Remain.");
        flags[1].Reason.ShouldEndWith("no interview yet.");
        var mention = (await new ViewInterviews(context, protection, new AuditLog(context, protection, clock)).ExecuteAsync(family.Father.Id)).Value.OnLists;
        mention.ShouldHaveSingleItem().Sender.ShouldBe("Camp leadership");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ProtectionFlags_InterviewNotHeldAlone_IsShownToSupervisorsOnly(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var family = await scene.FamilyAsync();
        await scene.InterviewAsync(family.Mother.Id, ResettlementScene.Interview(ResettlementChoice.Resettle, alone: false));
        await using var db = scene.Context();

        var officer = await new ProtectionFlags(db, scene.As(Roles.Protection)).ExecuteAsync();
        var supervisor = await new ProtectionFlags(db, scene.As(Roles.Protection, supervisor: true)).ExecuteAsync();
        var resettlementSupervisor = await new ProtectionFlags(db, scene.As(Roles.Resettlement, supervisor: true)).ExecuteAsync();

        officer.ShouldBeEmpty();
        resettlementSupervisor.ShouldBeEmpty();
        var flag = supervisor.ShouldHaveSingleItem();
        (flag.PersonId, flag.Kind).ShouldBe((family.Mother.Id, ProtectionFlagKind.NotInterviewedAlone));
        flag.Reason.ShouldBe("Interview of 2026-11-22 not held alone; also present: Camp leadership representative.");
    }
}
