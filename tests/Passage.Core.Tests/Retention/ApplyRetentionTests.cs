using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Cases;
using Passage.Core.FamilyContact;
using Passage.Core.Incidents;
using Passage.Core.Interviews;
using Passage.Core.Movements;
using Passage.Core.Protection;
using Passage.Core.Registry;
using Passage.Core.Registry.Matching;
using Passage.Core.Reporting;
using Passage.Core.Retention;
using Passage.Core.Tests.FamilyContact;
using Passage.Core.Tests.Movements;
using Passage.Core.Tests.Pledges;
using Passage.Core.Verification;
using Passage.Testing;

namespace Passage.Core.Tests.Retention;

public sealed class ApplyRetentionTests
{
    private const int Days = 30;

    private static RetentionSettings Every(int days) =>
        new(RetentionKinds.All.ToDictionary(k => k, _ => days));

    private static async Task<IReadOnlyList<RetentionOutcome>> RunAsync(ResettlementScene scene, bool dryRun, RetentionSettings? settings = null, RegistryIndex? index = null)
    {
        scene.Database.Actor.Set("retention", "retention", null, []);
        await using var db = scene.Context();
        return await new ApplyRetention(db, new AuditLog(db, scene.Database.Actor, scene.Clock), settings ?? Every(Days), scene.Clock, index)
            .ExecuteAsync(dryRun);
    }

    private static async Task CloseAsync(ResettlementScene scene, Guid caseId)
    {
        var actor = scene.As(Roles.Registration);
        await using var db = scene.Context();
        var @case = await db.Cases.SingleAsync(c => c.Id == caseId);
        @case.TryMove(CaseStatus.Withdrawn, "Withdrew from the process", new CaseFacts(1, []), actor, scene.Clock.GetUtcNow()).Succeeded.ShouldBeTrue();
        await db.SaveChangesAsync();
    }

    private static RetentionOutcome Of(IReadOnlyList<RetentionOutcome> outcomes, RetentionKind kind) => outcomes.Single(o => o.Kind == kind);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ExecuteAsync_ClosedCasePersons_TakeTheirDisclosuresNotesHitsReasonsAndWhereaboutsWithThem(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var expired = await scene.FamilyAsync("Rezaei", "رضایی");
        var open = await scene.FamilyAsync("Karimi", "کریمی");
        var now = scene.Clock.GetUtcNow();
        var officer = scene.As(Roles.Protection);
        await using (var db = scene.Context())
        {
            foreach (var family in new[] { expired, open })
            {
                db.Add(Interview.Record(family.Father.Id, 1, new ValidInterviewDetails(null, DateOnly.FromDateTime(now.UtcDateTime), "Interviewer", null, "fa", false,
                    "His brother Morteza", ResettlementChoice.Resettle, [], [], "Threatened by a neighbour", false, null), officer, now));
                var incident = Incident.Record(new ValidIncident(now, IncidentType.IndirectFire, "Block C", null, null), officer, now);
                db.Add(incident);
                db.Add(incident.AddCasualty(family.Son.Id, CasualtyOutcome.Injured, "Treated at the district clinic", officer, now));
                db.Add(WalkOut.Record(family.CaseId, new ValidWalkOutDetails(DateOnly.FromDateTime(now.UtcDateTime), "Shelter on Station Road", WalkOutAsks.FamilyContact, "Officer"),
                    ("o1", "Officer"), officer, now));
            }

            await db.SaveChangesAsync();
            await LongLists.ScreeningHitsAsync(db, officer, now, [expired.Mother.Id, open.Mother.Id]);
        }

        await CloseAsync(scene, expired.CaseId);
        scene.Clock.Advance(TimeSpan.FromDays(Days + 1));

        await RunAsync(scene, dryRun: false);

        await using var check = scene.Context();
        var interviews = await check.Interviews.ToDictionaryAsync(i => i.PersonId);
        (interviews[expired.Father.Id].ProtectionConcerns, interviews[expired.Father.Id].OthersPresent, interviews[expired.Father.Id].Choice)
            .ShouldBe((null, null, ResettlementChoice.Resettle));
        interviews[open.Father.Id].ProtectionConcerns.ShouldBe("Threatened by a neighbour");
        var casualties = await check.Casualties.ToDictionaryAsync(c => c.PersonId);
        (casualties[expired.Son.Id].MedicalFollowUp, casualties[expired.Son.Id].Outcome).ShouldBe((null, CasualtyOutcome.Injured));
        casualties[open.Son.Id].MedicalFollowUp.ShouldBe("Treated at the district clinic");
        var hits = await check.ScreeningHits.ToDictionaryAsync(h => h.PersonId);
        (hits[expired.Mother.Id].Explanation, hits[expired.Mother.Id].Status).ShouldBe(("", Core.Screening.HitStatus.Pending));
        hits[open.Mother.Id].Explanation.ShouldBe("Same name");
        var walkOuts = await check.Set<WalkOut>().ToDictionaryAsync(w => w.CaseId);
        walkOuts[expired.CaseId].Whereabouts.ShouldBe("");
        walkOuts[open.CaseId].Whereabouts.ShouldBe("Shelter on Station Road");
        (await check.CaseEvents.Where(e => e.CaseId == expired.CaseId).Select(e => e.Reason).ToListAsync()).ShouldAllBe(r => r == "");
        (await check.CaseEvents.CountAsync(e => e.CaseId == expired.CaseId && e.ToStatus == CaseStatus.Withdrawn)).ShouldBe(1);
        (await VerifyChainAsync(scene)).Intact.ShouldBeTrue();
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ExecuteAsync_PersonsOfACaseClosedJustPastThePeriod_AreAnonymisedAndLeaveSearchButNotTheCounts(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var expired = await scene.FamilyAsync("Rezaei", "رضایی");
        var kept = await scene.FamilyAsync("Karimi", "کریمی");
        var open = await scene.FamilyAsync("Ahmadi", "احمدی");
        await CloseAsync(scene, expired.CaseId);
        var closedAt = scene.Clock.GetUtcNow();
        await using (var db = scene.Context())
        {
            db.TravelDocuments.Add(TravelDocument.Record(expired.Father.Id, "LP-204511", "HOSSEIN REZAEI", scene.As(Roles.Movement), scene.Clock.GetUtcNow()));
            await db.SaveChangesAsync();
        }

        scene.Clock.Advance(TimeSpan.FromHours(1));
        await CloseAsync(scene, kept.CaseId);
        scene.Clock.SetUtcNow(closedAt + TimeSpan.FromDays(Days) + TimeSpan.FromMinutes(30));
        var index = new RegistryIndex();
        await using (var db = scene.Context())
        {
            await index.RebuildAsync(db);
        }

        var dashboardBefore = await DashboardAsync(scene);
        var auditBefore = await AuditCountAsync(scene);

        var preview = await RunAsync(scene, dryRun: true, index: index);

        Of(preview, RetentionKind.ClosedCasePersons).ShouldBe(new RetentionOutcome(RetentionKind.ClosedCasePersons, RetentionAction.Anonymise, TimeSpan.FromDays(Days), 4, closedAt));
        (await AuditCountAsync(scene)).ShouldBe(auditBefore);
        (await FindByNameAsync(scene, index, "Hossein Rezaei")).ShouldContain(expired.Father.Id);

        var applied = await RunAsync(scene, dryRun: false, index: index);

        applied.ShouldBe(preview);
        await using var check = scene.Context();
        var father = await check.Persons.Include(p => p.Aliases).Include(p => p.SearchKeys).SingleAsync(p => p.Id == expired.Father.Id);
        (father.GivenName, father.FamilyName, father.FatherName, father.GivenNameArabic, father.FamilyNameArabic, father.FatherNameArabic)
            .ShouldBe((Person.AnonymisedName, "", null, null, null, null));
        (father.Sex, father.BirthYear, father.BirthMonth, father.CaseId, father.CampBlock, father.NameKeys).ShouldBe((Sex.Male, 1968, null, expired.CaseId, "", ""));
        father.SearchKeys.ShouldBeEmpty();
        father.AnonymisedAt.ShouldBe(scene.Clock.GetUtcNow());
        (await check.TravelDocuments.CountAsync()).ShouldBe(0);
        (await check.Persons.CountAsync(p => p.CaseId == kept.CaseId && p.AnonymisedAt == null)).ShouldBe(4);
        (await check.Persons.CountAsync(p => p.CaseId == open.CaseId && p.AnonymisedAt == null)).ShouldBe(4);

        (await FindByNameAsync(scene, index, "Hossein Rezaei")).ShouldNotContain(expired.Father.Id);
        (await FindByNameAsync(scene, null, "Rezaei")).ShouldBeEmpty();
        (await FindByNameAsync(scene, null, "Karimi")).Count.ShouldBe(4);
        var rebuilt = new RegistryIndex();
        await rebuilt.RebuildAsync(check);
        rebuilt.Search(PersonMatchRecords.ForName("Hossein Rezaei"), 10).Select(m => m.PersonId).ShouldNotContain(expired.Father.Id);

        var dashboardAfter = await DashboardAsync(scene);
        dashboardAfter.Remaining.ShouldBe(dashboardBefore.Remaining);
        dashboardAfter.Pipeline.Select(s => (s.Stage, s.Cases, s.Persons)).ShouldBe(dashboardBefore.Pipeline.Select(s => (s.Stage, s.Cases, s.Persons)));
        dashboardAfter.WalkOuts.ShouldBe(dashboardBefore.WalkOuts);
        (await check.Persons.CountAsync()).ShouldBe(12);

        var audited = await check.AuditEntries.Where(e => e.Action == AuditAction.Anonymised).ToListAsync();
        audited.Select(e => e.EntityId).ShouldBe(new[] { expired.Father, expired.Mother, expired.Son, expired.Daughter }.Select(p => p.Id.ToString()), ignoreOrder: true);
        audited.ShouldAllBe(e => e.EntityType == nameof(Person) && e.Detail == "retention: ClosedCasePersons" && e.UserName == "retention");
        var byTheJob = await check.AuditEntries.Where(e => e.UserName == "retention").ToListAsync();
        byTheJob.ShouldContain(e => e.Action == AuditAction.Updated && e.EntityType == nameof(Person) && e.Detail!.Contains("GivenName"));
        byTheJob.ShouldAllBe(e => e.Detail == null || (!e.Detail.Contains("Rezaei") && !e.Detail.Contains("Hossein") && !e.Detail.Contains("LP-204511")));
        (await VerifyChainAsync(scene)).Intact.ShouldBeTrue();

        // Run again the next day: nothing is left to do.
        scene.Clock.Advance(TimeSpan.FromMinutes(20));
        Of(await RunAsync(scene, dryRun: true), RetentionKind.ClosedCasePersons).Count.ShouldBe(0);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ExecuteAsync_RequestsAndTokensJustPastThePeriod_AreAnonymisedOrDeleted_ThoseJustInsideAreKept(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var family = await scene.FamilyAsync();
        var index = new RegistryIndex();
        await using (var db = scene.Context())
        {
            await index.RebuildAsync(db);
        }

        var tracing = new FamilyScene(scene);
        await tracing.RebuildIndexAsync();
        var declined = (await tracing.ReceiveAsync(FamilyScene.AskingFor())).Value;
        await tracing.ConfirmAsync(declined.Id, family.Mother.Id);
        await tracing.ConsentAsync(declined.Id, ConsentAnswer.Decline);
        var oldRequest = await SubmitAndAnswerAsync(scene, index, new ClaimDetails("Hosein", "Rezaie", "Mohamad", "1968-04"), family.Father.Id);
        var (oldToken, user) = await TokenAsync(scene, revoke: true);
        var start = scene.Clock.GetUtcNow();

        scene.Clock.Advance(TimeSpan.FromHours(2));
        var recent = (await tracing.ReceiveAsync(FamilyScene.AskingFor("Narges Rezaei", "Maryam Rezaei", 2012, "+49 151 1111 2222"))).Value;
        await tracing.ConfirmAsync(recent.Id, family.Daughter.Id);
        await tracing.ConsentAsync(recent.Id, ConsentAnswer.Decline);
        var newRequest = await SubmitAndAnswerAsync(scene, index, new ClaimDetails("Zahra", "Rezaei", null, "1972"), family.Mother.Id);
        var (newToken, _) = await TokenAsync(scene, revoke: true, user);
        scene.Clock.SetUtcNow(start + TimeSpan.FromDays(Days) + TimeSpan.FromHours(1));

        var preview = await RunAsync(scene, dryRun: true);
        var applied = await RunAsync(scene, dryRun: false);

        applied.ShouldBe(preview);
        Of(applied, RetentionKind.FamilyRequests).Count.ShouldBe(1);
        Of(applied, RetentionKind.VerificationRequests).Count.ShouldBe(1);
        Of(applied, RetentionKind.ApiTokens).Count.ShouldBe(1);
        Of(applied, RetentionKind.ClosedCasePersons).Count.ShouldBe(0);
        await using var check = scene.Context();
        (await check.Set<FamilyRequest>().Select(r => r.Id).ToListAsync()).ShouldBe([recent.Id]);
        (await check.ApiTokens.Select(t => t.Id).ToListAsync()).ShouldBe([newToken]);
        var anonymised = await check.VerificationRequests.Include(r => r.Candidates).SingleAsync(r => r.Id == oldRequest);
        (anonymised.GivenName, anonymised.FamilyName, anonymised.FatherName, anonymised.BirthYear, anonymised.BirthMonth, anonymised.VerifiedPersonId, anonymised.CountryCode, anonymised.Answer)
            .ShouldBe((null, null, null, 1968, null, null, "DE", VerificationAnswer.Verified));
        anonymised.Candidates.ShouldBeEmpty();
        (await check.VerificationRequests.SingleAsync(r => r.Id == newRequest)).GivenName.ShouldBe("Zahra");
        (await check.AuditEntries.CountAsync(e => e.Action == AuditAction.RetentionDeleted && e.EntityId == declined.Id.ToString() && e.Detail == "retention: FamilyRequests")).ShouldBe(1);
        (await check.AuditEntries.CountAsync(e => e.Action == AuditAction.RetentionDeleted && e.EntityId == oldToken.ToString() && e.Detail == "retention: ApiTokens")).ShouldBe(1);
        (await check.AuditEntries.CountAsync(e => e.Action == AuditAction.Anonymised && e.EntityId == oldRequest.ToString())).ShouldBe(1);
        (await VerifyChainAsync(scene)).Intact.ShouldBeTrue();
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ExecuteAsync_KindsWithoutAPeriod_AreKeptForGood(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var family = await scene.FamilyAsync();
        await CloseAsync(scene, family.CaseId);
        await TokenAsync(scene, revoke: true);
        scene.Clock.Advance(TimeSpan.FromDays(3650));
        var settings = new RetentionSettings(new Dictionary<RetentionKind, int> { [RetentionKind.ClosedCasePersons] = 0 });

        var applied = await RunAsync(scene, dryRun: false, settings);

        applied.ShouldAllBe(o => o.Count == 0 && o.Period == null && o.OldestClockStart == null);
        await using var check = scene.Context();
        (await check.Persons.CountAsync(p => p.AnonymisedAt == null)).ShouldBe(4);
        (await check.ApiTokens.CountAsync()).ShouldBe(1);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ExecuteAsync_ManifestsOfAMovementDepartedJustPastThePeriod_LoseTheirPassengerLinesButKeepTheirCounts(DatabaseProvider provider)
    {
        using var scene = MovementScene.Create(provider);
        var pledge = await scene.Resettlement.PledgeAsync("DE", 20);
        var (caseId, members) = await scene.ClearedCaseAsync(pledge,
            ResettlementScene.Details("Kazem", "Moradi", "1955-03-02", "کاظم", "مرادی", "Male"),
            ResettlementScene.Details("Maryam", "Moradi", "1960", "مریم", "مرادی", "Female"));
        var movement = await scene.PlanAsync("DE", seats: 10);
        (await scene.BookAsync(movement.Id, caseId)).Succeeded.ShouldBeTrue();
        await using (var db = scene.Context())
        {
            db.TravelDocuments.Add(TravelDocument.Record(members[0].Id, "LP-0042917", "MORADI KAZIM", scene.As(Roles.Movement), scene.Resettlement.Clock.GetUtcNow()));
            await db.SaveChangesAsync();
        }

        var issued = (await scene.IssueAsync(movement.Id)).Value;
        scene.Resettlement.Clock.SetUtcNow(movement.DepartsAt + TimeSpan.FromDays(Days) - TimeSpan.FromHours(1));
        var early = Of(await RunAsync(scene.Resettlement, dryRun: true), RetentionKind.IssuedManifests);
        scene.Resettlement.Clock.SetUtcNow(movement.DepartsAt + TimeSpan.FromDays(Days) + TimeSpan.FromHours(1));
        var auditBefore = await AuditCountAsync(scene.Resettlement);

        var preview = await RunAsync(scene.Resettlement, dryRun: true);
        var applied = await RunAsync(scene.Resettlement, dryRun: false);

        early.Count.ShouldBe(0, "a day before the period ends the manifest is kept");
        Of(preview, RetentionKind.IssuedManifests).ShouldBe(new RetentionOutcome(RetentionKind.IssuedManifests, RetentionAction.Anonymise, TimeSpan.FromDays(Days), 1, movement.DepartsAt));
        applied.ShouldBe(preview);
        await using var check = scene.Context();
        var version = await check.ManifestVersions.SingleAsync(v => v.Id == issued.Id);
        (version.Number, version.Passengers, version.IssuedAt, version.Fingerprint).ShouldBe((1, 2, issued.IssuedAt, issued.Fingerprint));
        version.ReadLines().ShouldBeEmpty();
        version.Lines.ShouldNotContain("Moradi", Shouldly.Case.Insensitive);
        version.Lines.ShouldNotContain("LP-0042917");
        var download = await scene.DownloadAsync(scene.As(Roles.Movement), movement.Id, 1, ManifestFormat.Csv);
        download.Succeeded.ShouldBeFalse();
        download.Problem!.Detail.ShouldBe($"The passenger list of version 1 was removed on {version.AnonymisedAt:yyyy-MM-dd} at the end of its retention period; its count of 2 passenger(s) is kept.");
        var written = await check.AuditEntries.OrderBy(e => e.Id).Skip(auditBefore).ToListAsync();
        written.ShouldContain(e => e.Action == AuditAction.Anonymised && e.EntityType == nameof(ManifestVersion) && e.EntityId == issued.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) && e.Detail == "retention: IssuedManifests");
        written.ShouldAllBe(e => !(e.Detail ?? "").Contains("Moradi") && !(e.Detail ?? "").Contains("LP-0042917"));
        (await VerifyChainAsync(scene.Resettlement)).Intact.ShouldBeTrue();
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ExecuteAsync_StoredAnswersOfApiWritesJustPastThePeriod_AreDeleted_ThoseJustInsideAreKept(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var (_, user) = await TokenAsync(scene, revoke: false);
        var start = scene.Clock.GetUtcNow();
        await StoreAnswerAsync(scene, user, "retry-1", start);
        await StoreAnswerAsync(scene, user, "retry|2", start + TimeSpan.FromHours(2));
        scene.Clock.SetUtcNow(start + TimeSpan.FromDays(Days) + TimeSpan.FromHours(1));

        var preview = await RunAsync(scene, dryRun: true);
        var applied = await RunAsync(scene, dryRun: false);

        Of(preview, RetentionKind.IdempotencyRecords).ShouldBe(new RetentionOutcome(RetentionKind.IdempotencyRecords, RetentionAction.Delete, TimeSpan.FromDays(Days), 1, start));
        applied.ShouldBe(preview);
        await using var check = scene.Context();
        (await check.IdempotencyRecords.Select(r => r.Key).ToListAsync()).ShouldBe(["retry|2"]);
        (await check.AuditEntries.CountAsync(e => e.Action == AuditAction.RetentionDeleted && e.EntityType == "IdempotencyRecord"
            && e.EntityId == $"{user}|retry-1" && e.Detail == "retention: IdempotencyRecords")).ShouldBe(1);
        scene.Clock.Advance(TimeSpan.FromHours(2));
        Of(await RunAsync(scene, dryRun: false), RetentionKind.IdempotencyRecords).Count.ShouldBe(1, "a key holding '|' is deleted too");
        (await VerifyChainAsync(scene)).Intact.ShouldBeTrue();
    }

    private static async Task StoreAnswerAsync(ResettlementScene scene, string userId, string key, DateTimeOffset at)
    {
        await using var db = scene.Context();
        db.IdempotencyRecords.Add(new Core.Storage.Idempotency.IdempotencyRecord(userId, key, new string('a', 64), 201, "application/json", null,
            System.Text.Encoding.UTF8.GetBytes("""{"registrationNumber":"PSG-000001","givenName":"Hossein"}"""), at));
        await db.SaveChangesAsync();
    }

    private static async Task<Guid> SubmitAndAnswerAsync(ResettlementScene scene, RegistryIndex index, ClaimDetails claim, Guid personId)
    {
        var country = scene.As(Roles.CountryDelegate, "DE");
        await using var db = scene.Context();
        var request = (await new SubmitVerificationRequest(db, country, index, scene.Clock).ExecuteAsync(claim)).Value;
        var supervisor = scene.As(Roles.Registration, supervisor: true);
        (await new AnswerVerificationRequest(db, supervisor, index, scene.Clock).ExecuteAsync(request.Id, new VerificationDecision(VerificationAnswer.Verified, personId)))
            .Succeeded.ShouldBeTrue();
        return request.Id;
    }

    private static async Task<(Guid Token, string UserId)> TokenAsync(ResettlementScene scene, bool revoke, string? userId = null)
    {
        await using var db = scene.Context();
        if (userId is null)
        {
            var user = new PassageUser { UserName = "script.runner", Email = "script.runner@example.org" };
            db.Users.Add(user);
            userId = user.Id;
        }

        var (token, _) = ApiToken.Create(userId, "nightly export", scene.Clock.GetUtcNow(), scene.Clock.GetUtcNow().AddDays(365));
        if (revoke)
        {
            token.Revoke(scene.Clock.GetUtcNow());
        }

        db.ApiTokens.Add(token);
        await db.SaveChangesAsync();
        return (token.Id, userId);
    }

    private static async Task<IReadOnlyList<Guid>> FindByNameAsync(ResettlementScene scene, RegistryIndex? index, string name)
    {
        var actor = scene.As(Roles.Registration);
        await using var db = scene.Context();
        var page = await new ListPersons(db, actor, new AuditLog(db, actor, scene.Clock), scene.Clock, index).ExecuteAsync(new PersonFilter(Query: name));
        return page.Value.Items.Select(r => r.Id).ToList();
    }

    private static async Task<Dashboard> DashboardAsync(ResettlementScene scene)
    {
        var actor = scene.As(Roles.Viewer);
        await using var db = scene.Context();
        return (await new ViewDashboard(db, actor, new AuditLog(db, actor, scene.Clock), scene.Clock).ExecuteAsync())!;
    }

    private static async Task<int> AuditCountAsync(ResettlementScene scene)
    {
        await using var db = scene.Context();
        return await db.AuditEntries.CountAsync();
    }

    private static async Task<AuditVerification> VerifyChainAsync(ResettlementScene scene)
    {
        var actor = scene.As(Roles.Auditor);
        await using var db = scene.Context();
        return (await new VerifyAuditChain(db, actor, scene.Clock).ExecuteAsync("test")).Value;
    }
}
