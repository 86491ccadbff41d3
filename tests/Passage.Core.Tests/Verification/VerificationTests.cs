using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.Registry;
using Passage.Core.Registry.Matching;
using Passage.Core.Tests.Pledges;
using Passage.Core.Verification;
using Passage.Testing;

namespace Passage.Core.Tests.Verification;

/// <summary>
/// A receiving country asks whether a person was a resident; a registration supervisor reviews the registry's candidates and
/// answers; the country sees its own requests only, and the answer carries a registration number only when the country held it.
/// </summary>
public class VerificationTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Answer_ClaimInAnotherSpellingOrScript_VerifiedWithTheNumberOnlyForTheCountryThatHoldsIt(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var family = await scene.ReadyFamilyAsync();
        await scene.ReferAndSubmitAsync(family.CaseId, (await scene.PledgeAsync("DE", 10)).Id);
        var index = await IndexAsync(scene);

        var toGermany = await SubmitAsync(scene, index, "DE", new ClaimDetails("Hosein", "Rezaie", "Mohamad", "1968"));
        var toAlbania = await SubmitAsync(scene, index, "AL", new ClaimDetails("حسین", "رضایی", "محمد", "1968-04"));
        var germanReview = await ReviewAsync(scene, toGermany.Id);
        var albanianReview = await ReviewAsync(scene, toAlbania.Id);
        var germany = await AnswerAsync(scene, index, toGermany.Id, new VerificationDecision(VerificationAnswer.Verified, family.Father.Id, "Same father, same year"));
        var albania = await AnswerAsync(scene, index, toAlbania.Id, new VerificationDecision(VerificationAnswer.Verified, family.Father.Id));

        (toGermany.Answer, toGermany.RegistrationNumber).ShouldBe((null, null));
        germanReview.Candidates[0].RegistrationNumber.ShouldBe(family.Father.RegistrationNumber);
        germanReview.Candidates[0].CountryHoldsNumber.ShouldBeTrue();
        germanReview.Candidates[0].Explanation.ShouldContain("father: ");
        germanReview.Candidates[0].Explanation.ShouldContain("birth: ");
        albanianReview.Candidates[0].RegistrationNumber.ShouldBe(family.Father.RegistrationNumber);
        albanianReview.Candidates[0].CountryHoldsNumber.ShouldBeFalse();
        (germany.Value.Answer, germany.Value.RegistrationNumber).ShouldBe((VerificationAnswer.Verified, family.Father.RegistrationNumber));
        (albania.Value.Answer, albania.Value.RegistrationNumber).ShouldBe((VerificationAnswer.Verified, null));
        await using var db = scene.Context();
        (await db.AuditEntries.CountAsync(a => a.EntityType == nameof(VerificationRequest) && a.Action == AuditAction.Updated && a.UserName == "registration@test")).ShouldBe(2);
        (await db.AuditEntries.CountAsync(a => a.EntityType == nameof(Person) && a.EntityId == family.Father.Id.ToString() && a.Action == AuditAction.Viewed)).ShouldBeGreaterThanOrEqualTo(2);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Submit_PersonWhoseCaseIsClosed_IsStillACandidate(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var maryam = await scene.RegisterAsync(ResettlementScene.Details("Maryam", "Ahmadi", "1990-02-11", "مریم", "احمدی", "Female"), null);
        var actor = scene.As(Roles.Registration);
        await using (var db = scene.Context())
        {
            var version = await scene.CaseVersionAsync(maryam.CaseId);
            (await new MoveCase(db, actor, new AuditLog(db, actor, scene.Clock), new CaseFactsQuery(db, scene.Clock), scene.Clock)
                .ExecuteAsync(maryam.CaseId, CaseStatus.Withdrawn, "Went home on her own", version)).Succeeded.ShouldBeTrue();
        }

        var index = await IndexAsync(scene);
        var request = await SubmitAsync(scene, index, "DE", new ClaimDetails("Mariam", "Ahmadi", null, "1990-02-11"));

        var review = await ReviewAsync(scene, request.Id);

        review.Candidates.Select(c => c.RegistrationNumber).ShouldContain(maryam.RegistrationNumber);
        review.Candidates.Single(c => c.PersonId == maryam.Id).CaseStatus.ShouldBe(CaseStatus.Withdrawn);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Requests_ACountrySeesOnlyItsOwn_AndOnlySupervisorsReviewOrAnswer(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var index = await IndexAsync(scene);
        var german = await SubmitAsync(scene, index, "DE", new ClaimDetails("Reza", "Karimi", null, "1980"));
        var albanian = await SubmitAsync(scene, index, "AL", new ClaimDetails("Leila", "Karimi", null, "1982"));

        var albania = scene.As(Roles.CountryDelegate, "AL");
        await using var db = scene.Context();
        var listed = (await new ListVerificationRequests(db, albania, new AuditLog(db, albania, scene.Clock)).ExecuteAsync()).Value.Items;
        var other = await new ViewVerificationRequest(db, albania, new AuditLog(db, albania, scene.Clock)).ExecuteAsync(german.Id);
        var clerk = scene.As(Roles.Registration);
        var review = await new ReviewVerificationRequest(db, clerk, new AuditLog(db, clerk, scene.Clock)).ExecuteAsync(german.Id);
        var answer = await new AnswerVerificationRequest(db, clerk, index, scene.Clock).ExecuteAsync(german.Id, new VerificationDecision(VerificationAnswer.NotVerified));
        var agency = scene.As(Roles.Resettlement);
        var all = (await new ListVerificationRequests(db, agency, new AuditLog(db, agency, scene.Clock)).ExecuteAsync()).Value.Items;

        listed.Select(r => r.Id).ShouldBe([albanian.Id]);
        other.Problem!.Kind.ShouldBe(ProblemKind.NotFound);
        review.Problem!.Kind.ShouldBe(ProblemKind.NotFound);
        answer.Problem!.Kind.ShouldBe(ProblemKind.NotFound);
        all.Select(r => r.Id).ShouldBe([albanian.Id, german.Id], ignoreOrder: true);
        (await db.VerificationRequests.AsNoTracking().SingleAsync(r => r.Id == german.Id)).Answer.ShouldBeNull();
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task FraudFlags_CraftedClaims_FlagTheRepeatedClaimantAndTheIdentityClaimedTwice(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var family = await scene.FamilyAsync();
        var index = await IndexAsync(scene);

        var first = await SubmitAsync(scene, index, "DE", new ClaimDetails("Hossein", "Rezaei", "Mohammad", "1968"));
        var again = await SubmitAsync(scene, index, "AL", new ClaimDetails("Hosein", "Rezaee", "Mohamad", "1968", ["حسین رضایی"]));
        var stranger = await SubmitAsync(scene, index, "DE", new ClaimDetails("Parisa", "Nouri", "Ahmad", "1985"));
        var impostor = await SubmitAsync(scene, index, "FR",
            new ClaimDetails("Hassan", "Rezaei", "Karim", "1979", ClaimedRegistrationNumber: family.Father.RegistrationNumber, CountryCode: "FR"));

        await using var db = scene.Context();
        var flags = await db.VerificationFlags.AsNoTracking().ToListAsync();
        flags.Select(f => (f.RequestId, f.OtherRequestId, f.Sign)).ShouldBe(
        [
            (again.Id, first.Id, FraudSign.RepeatedClaim),
            (impostor.Id, first.Id, FraudSign.IdentityClaimedTwice),
            (impostor.Id, again.Id, FraudSign.IdentityClaimedTwice),
        ], ignoreOrder: true);
        flags.ShouldNotContain(f => f.RequestId == stranger.Id || f.OtherRequestId == stranger.Id);
        var review = await ReviewAsync(scene, first.Id);
        review.Flags.Select(f => (f.OtherRequestId, f.Sign)).ShouldBe([(again.Id, FraudSign.RepeatedClaim), (impostor.Id, FraudSign.IdentityClaimedTwice)], ignoreOrder: true);
        review.Flags.ShouldAllBe(f => f.Evidence.Length > 0);
    }

    internal static async Task<RegistryIndex> IndexAsync(ResettlementScene scene)
    {
        var index = new RegistryIndex();
        await using var db = scene.Context();
        await index.RebuildAsync(db);
        return index;
    }

    private static async Task<VerificationRequestView> SubmitAsync(ResettlementScene scene, RegistryIndex index, string country, ClaimDetails claim)
    {
        var actor = scene.As(Roles.CountryDelegate, country);
        await using var db = scene.Context();
        return (await new SubmitVerificationRequest(db, actor, index, scene.Clock).ExecuteAsync(claim)).Value;
    }

    private static async Task<VerificationReview> ReviewAsync(ResettlementScene scene, Guid id)
    {
        var actor = scene.As(Roles.Registration, supervisor: true);
        await using var db = scene.Context();
        return (await new ReviewVerificationRequest(db, actor, new AuditLog(db, actor, scene.Clock)).ExecuteAsync(id)).Value;
    }

    private static async Task<Result<VerificationRequestView>> AnswerAsync(ResettlementScene scene, RegistryIndex index, Guid id, VerificationDecision decision)
    {
        var actor = scene.As(Roles.Registration, supervisor: true);
        await using var db = scene.Context();
        return await new AnswerVerificationRequest(db, actor, index, scene.Clock).ExecuteAsync(id, decision);
    }
}
