using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Common;
using Passage.Core.FamilyContact;
using Passage.Core.Tests.Pledges;
using Passage.Core.Tests.Protection;
using Passage.Testing;

namespace Passage.Core.Tests.FamilyContact;

public class FamilyContactTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Request_FromReceiptToConsentedMessage_RequesterLearnsNothingUntilTheSoughtPersonSaysYes(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var family = await scene.FamilyAsync();
        var tracing = new FamilyScene(scene);
        await tracing.RebuildIndexAsync();

        var request = (await tracing.ReceiveAsync(FamilyScene.AskingFor())).Value;
        var candidates = (await tracing.CandidatesAsync(request.Id)).Value;
        var received = await tracing.AnswerAsync(request.Id);
        (await tracing.ConfirmAsync(request.Id, family.Mother.Id)).Succeeded.ShouldBeTrue();
        var confirmed = await tracing.AnswerAsync(request.Id);
        (await tracing.ConsentAsync(request.Id, ConsentAnswer.MessageOnly)).Succeeded.ShouldBeTrue();
        var consented = await tracing.AnswerAsync(request.Id);
        var call = await tracing.ContactAsync(request.Id, ContactKind.CallArranged);
        var message = await tracing.ContactAsync(request.Id, ContactKind.MessagePassed);
        (await tracing.WithdrawAsync(request.Id)).Succeeded.ShouldBeTrue();
        var withdrawn = await tracing.AnswerAsync(request.Id);
        var afterWithdrawal = await tracing.ContactAsync(request.Id, ContactKind.MessagePassed);

        request.Number.ShouldBe("FR-000001");
        candidates[0].PersonId.ShouldBe(family.Mother.Id);
        candidates[0].Result.Explanation.ShouldNotBeEmpty();
        candidates.ShouldNotContain(c => c.PersonId == family.Daughter.Id);
        (received, confirmed, withdrawn).ShouldBe((RequesterAnswers.Standard, RequesterAnswers.Standard, RequesterAnswers.Standard));
        consented.ShouldBe(RequesterAnswers.MessageOnly);
        call.Problem!.Detail.ShouldBe("They agreed to a message only; a call is not arranged.");
        message.Succeeded.ShouldBeTrue();
        afterWithdrawal.Problem!.Kind.ShouldBe(ProblemKind.Refused);
        var protection = scene.As(Roles.Protection);
        await using var db = scene.Context();
        var view = (await new ViewFamilyRequest(db, protection, new AuditLog(db, protection, scene.Clock)).ExecuteAsync(request.Id)).Value;
        view.Stage.ShouldBe(FamilyRequestStage.ConsentWithdrawn);
        view.SoughtPerson!.RegistrationNumber.ShouldBe(family.Mother.RegistrationNumber);
        view.Contacts.ShouldHaveSingleItem().Kind.ShouldBe(ContactKind.MessagePassed);
        (await db.AuditEntries.CountAsync(e => e.EntityType == nameof(FamilyRequest) && e.Action == AuditAction.Searched)).ShouldBe(1);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Consent_NotAskedAloneOrAPersonNotAmongTheCandidates_IsNotRecorded(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var family = await scene.FamilyAsync();
        var tracing = new FamilyScene(scene);
        await tracing.RebuildIndexAsync();
        var request = (await tracing.ReceiveAsync(FamilyScene.AskingFor())).Value;

        var unconfirmed = await tracing.ConsentAsync(request.Id, ConsentAnswer.Accept);
        var stranger = await tracing.ConfirmAsync(request.Id, family.Son.Id);
        (await tracing.ConfirmAsync(request.Id, family.Mother.Id)).Succeeded.ShouldBeTrue();
        var notAlone = await tracing.ConsentAsync(request.Id, ConsentAnswer.Accept, alone: false);
        var byProtection = await new FamilyScene(scene).CandidatesAsync(request.Id, Roles.Protection);

        unconfirmed.Problem!.Kind.ShouldBe(ProblemKind.Refused);
        stranger.Problem!.Errors!["PersonId"].ShouldBe(["Only one of this request's candidates can be confirmed."]);
        notAlone.Problem!.Errors!.Keys.ShouldBe(["AskedAlone"]);
        byProtection.Problem!.Kind.ShouldBe(ProblemKind.NotFound);
        (await tracing.AnswerAsync(request.Id)).ShouldBe(RequesterAnswers.Standard);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Requests_BeyondTheLimitsOrAboutACasualty_AreRefusedOrFlaggedForSecurityOnly(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var family = await scene.FamilyAsync();
        var tracing = new FamilyScene(scene, new FamilyContactLimits(PerRequester: 3, PerSoughtName: 2, ManyPeople: 2, WindowDays: 30));
        await tracing.InjuredAsync(family.Son.RegistrationNumber);
        await tracing.RebuildIndexAsync();

        var first = await tracing.ReceiveAsync(FamilyScene.AskingFor("Ali Rezaei", requester: "Yousef Karimi", born: 2000));
        var second = await tracing.ReceiveAsync(FamilyScene.AskingFor("Narges Rezaei", requester: "Yousef Karimi", born: null));
        var third = await tracing.ReceiveAsync(FamilyScene.AskingFor("Hossein Rezaei", requester: "Yousef Karimi", born: null));
        var fourth = await tracing.ReceiveAsync(FamilyScene.AskingFor("Zahra Rezaei", requester: "Yousef Karimi"));
        var otherAboutAli = await tracing.ReceiveAsync(FamilyScene.AskingFor("Ali Rezaei", requester: "Maryam Sadeghi", born: 2000, contact: "+46 70 111 2233"));
        var thirdAboutAli = await tracing.ReceiveAsync(FamilyScene.AskingFor("Ali Rezaei", requester: "Javad Moradi", born: 2000, contact: "javad.moradi@example.org"));
        scene.Clock.Advance(TimeSpan.FromDays(31));
        var monthLater = await tracing.ReceiveAsync(FamilyScene.AskingFor("Zahra Rezaei", requester: "Yousef Karimi"));

        (first.Succeeded, second.Succeeded, third.Succeeded, otherAboutAli.Succeeded, monthLater.Succeeded).ShouldBe((true, true, true, true, true));
        fourth.Problem!.Detail.ShouldBe("This requester made 3 requests in the last 30 days, the most allowed; the security officer is told.");
        thirdAboutAli.Problem!.Detail.ShouldBe("There were 2 requests about this name in the last 30 days, the most allowed; the security officer is told.");
        var flags = (await tracing.FlagsAsync()).Value.Items;
        flags.Where(f => f.Reason == FlagReason.NamedInIncident).Select(f => f.RequestNumber).ShouldBe([first.Value.Number, otherAboutAli.Value.Number], ignoreOrder: true);
        flags.Count(f => f.Reason == FlagReason.ManyPeople).ShouldBe(2);
        flags.Where(f => f.Reason == FlagReason.RequesterLimit).ShouldHaveSingleItem().RequesterName.ShouldBe("Yousef Karimi");
        flags.Where(f => f.Reason == FlagReason.SoughtNameLimit).ShouldHaveSingleItem().RequestNumber.ShouldBe(otherAboutAli.Value.Number);
        foreach (var role in Roles.All.Where(r => r != Roles.Security))
        {
            (await tracing.FlagsAsync(role)).Problem!.Kind.ShouldBe(ProblemKind.NotFound, role);
        }

        (await tracing.AnswerAsync(first.Value.Id)).ShouldBe(RequesterAnswers.Standard);
        await using var db = scene.Context();
        (await db.AuditEntries.CountAsync(e => e.EntityType == nameof(FamilyRequest) && e.Action == AuditAction.Refused)).ShouldBe(2);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Requester_SpellingTheirOwnNameAnotherWayOrInArabicScript_IsStillCountedAsOneRequester(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        await scene.FamilyAsync();
        var tracing = new FamilyScene(scene, new FamilyContactLimits(PerRequester: 3, PerSoughtName: 10, ManyPeople: 10, WindowDays: 30));
        await tracing.RebuildIndexAsync();

        var first = await tracing.ReceiveAsync(FamilyScene.AskingFor("Ali Rezaei", requester: "Yousef Karimi", contact: "+98 912 345 6789"));
        var longerName = await tracing.ReceiveAsync(FamilyScene.AskingFor("Narges Rezaei", requester: "Yusuf Kareemi Tehrani", contact: "0912-345-6789"));
        var arabicScript = await tracing.ReceiveAsync(FamilyScene.AskingFor("Hossein Rezaei", requester: "یوسف کریمی", contact: "Yousef.K@Example.org"));
        var anotherSpelling = await tracing.ReceiveAsync(FamilyScene.AskingFor("Zahra Rezaei", requester: "Joseph Carimi-Tehrani", contact: "e-mail: yousef.k+family@example.org"));
        var persianDigits = await tracing.ReceiveAsync(FamilyScene.AskingFor("Maryam Rezaei", requester: "J. Karimy", contact: "۰۰۹۸ ۹۱۲ ۳۴۵ ۶۷۸۹"));
        var someoneElse = await tracing.ReceiveAsync(FamilyScene.AskingFor("Zahra Rezaei", requester: "Yasmin Karimian", contact: "+98 912 345 6780, yasmin@example.org"));

        (first.Succeeded, longerName.Succeeded, arabicScript.Succeeded, someoneElse.Succeeded).ShouldBe((true, true, true, true));
        anotherSpelling.Problem!.Detail.ShouldBe("This requester made 3 requests in the last 30 days, the most allowed; the security officer is told.");
        persianDigits.Problem!.Detail.ShouldBe("This requester made 3 requests in the last 30 days, the most allowed; the security officer is told.");
        var flags = (await tracing.FlagsAsync()).Value.Items.Where(f => f.Reason == FlagReason.RequesterLimit).ToList();
        flags.Select(f => f.RequestNumber).Distinct().ShouldBe([arabicScript.Value.Number]);
        await using var db = scene.Context();
        (await db.Set<FamilyRequest>().CountAsync()).ShouldBe(4);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task RawDatabase_AfterARequestAndAContact_HoldsNoneOfItsDetails(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var family = await scene.FamilyAsync();
        var tracing = new FamilyScene(scene);
        await tracing.RebuildIndexAsync();
        var request = (await tracing.ReceiveAsync(FamilyScene.AskingFor())).Value;
        (await tracing.ConfirmAsync(request.Id, family.Mother.Id)).Succeeded.ShouldBeTrue();
        (await tracing.ConsentAsync(request.Id, ConsentAnswer.Accept)).Succeeded.ShouldBeTrue();
        (await tracing.ContactAsync(request.Id, ContactKind.CallArranged)).Succeeded.ShouldBeTrue();

        foreach (var secret in new[] { "Kamran Rezaei", "+49 151 2345 6789", "Passport seen at the Cologne office", "Mashhad", "Lost contact in 2011", "Wants to hear from her brother", "Letter handed over" })
        {
            (await SealedFieldsTests.RawDatabaseContainsAsync(scene.Database, secret)).ShouldBeFalse(secret);
        }
    }
}
