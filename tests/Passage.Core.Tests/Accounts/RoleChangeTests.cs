using Passage.Core.Accounts;
using Passage.Core.Common;

namespace Passage.Core.Tests.Accounts;

/// <summary>Who may ask for, approve and review a role change: separation of duties, held in one place.</summary>
public sealed class RoleChangeTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void RequestGrant_ForOneself_IsRefused()
    {
        var admin = Admin("u-kaveh", "kaveh.admin");

        var result = RoleChange.RequestGrant(User("u-kaveh", "kaveh.admin"), Roles.Protection, admin, Now);

        result.Succeeded.ShouldBeFalse();
        result.Problem!.Kind.ShouldBe(ProblemKind.Refused);
    }

    [Fact]
    public void Approve_ByTheAdministratorWhoAsked_IsRefusedAndStaysPending()
    {
        var asking = Admin("u-kaveh", "kaveh.admin");
        var change = RoleChange.RequestGrant(User("u-reza", "reza.officer"), Roles.Registration, asking, Now).Value;

        var refused = change.Approve(asking, Now);

        refused!.Detail!.ShouldContain("another administrator must approve it");
        change.State.ShouldBe(RoleChangeState.Pending);
    }

    [Fact]
    public void Approve_ByTheUserThemself_IsRefused()
    {
        var change = RoleChange.RequestGrant(User("u-reza", "reza.officer"), Roles.Registration, Admin("u-kaveh", "kaveh.admin"), Now).Value;

        change.Approve(Admin("u-reza", "reza.officer"), Now).ShouldNotBeNull();
        change.State.ShouldBe(RoleChangeState.Pending);
    }

    [Fact]
    public void Approve_BySecondAdministrator_AppliesAndNamesBothInTheAudit()
    {
        var change = RoleChange.RequestGrant(User("u-reza", "reza.officer"), Roles.Registration, Admin("u-kaveh", "kaveh.admin"), Now).Value;

        change.Approve(Admin("u-parisa", "parisa.admin"), Now).ShouldBeNull();

        change.State.ShouldBe(RoleChangeState.Applied);
        change.Describe().ShouldBe("role: Registration; asked by kaveh.admin; decided by parisa.admin");
        change.Approve(Admin("u-omid", "omid.admin"), Now).ShouldNotBeNull();
    }

    [Fact]
    public void MarkReviewed_ByAnAuditorWhoTookPart_IsRefused_ByAnotherAuditor_IsRecorded()
    {
        var change = RoleChange.Remove(User("u-reza", "reza.officer"), Roles.Protection, Admin("u-kaveh", "kaveh.admin"), Now);

        change.MarkReviewed(Admin("u-kaveh", "kaveh.admin"), Now).ShouldNotBeNull();
        change.ReviewedAt.ShouldBeNull();
        change.MarkReviewed(Admin("u-maryam", "maryam.auditor"), Now).ShouldBeNull();
        change.ReviewedByName.ShouldBe("maryam.auditor");
    }

    private static Actor Admin(string id, string name)
    {
        var actor = new Actor();
        actor.Set(id, name, null, [Roles.Administrator]);
        return actor;
    }

    private static PassageUser User(string id, string name) => new() { Id = id, UserName = name };
}
