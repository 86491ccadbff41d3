using Passage.Core.Accounts;
using Passage.Core.Cases;
using Passage.Core.Common;
using Case = Passage.Core.Cases.Case;

namespace Passage.Core.Tests.Cases;

public class CaseLifecycleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly CaseFacts OneAdultWhoChose = new(1, []);

    public static TheoryData<CaseStatus, CaseStatus> AllowedTransitions()
    {
        var data = new TheoryData<CaseStatus, CaseStatus>();
        foreach (var t in CaseLifecycle.Transitions)
        {
            data.Add(t.From, t.To);
        }

        return data;
    }

    public static TheoryData<CaseStatus, CaseStatus> PairsNotInTheTable()
    {
        var data = new TheoryData<CaseStatus, CaseStatus>();
        foreach (var from in Enum.GetValues<CaseStatus>())
        {
            foreach (var to in Enum.GetValues<CaseStatus>().Where(to => !CaseLifecycle.Transitions.Any(t => t.From == from && t.To == to)))
            {
                data.Add(from, to);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllowedTransitions))]
    public void TryMove_AllowedTransitionThroughItsFlowByPermittedRole_MovesAndRecordsWhoWhenWhy(CaseStatus from, CaseStatus to)
    {
        var transition = CaseLifecycle.Transitions.Single(t => t.From == from && t.To == to);
        var @case = CaseAt(from, heldFrom: from == CaseStatus.OnHold && CaseStatuses.IsOpen(to) ? to : CaseStatus.Registered);
        var actor = As(transition.Roles[0]);

        var result = @case.TryMoveThrough(transition.Flow, to, "Reason given", OneAdultWhoChose, actor, Now.AddDays(1));

        result.Succeeded.ShouldBeTrue(result.Problem?.Detail);
        @case.Status.ShouldBe(to);
        var last = @case.Events[^1];
        (last.FromStatus, last.ToStatus, last.Reason, last.ActorName, last.At).ShouldBe((from, to, "Reason given", actor.UserName, Now.AddDays(1)));
    }

    [Theory]
    [MemberData(nameof(PairsNotInTheTable))]
    public void TryMove_PairNotInTheTable_IsRefusedWithAReasonAndChangesNothing(CaseStatus from, CaseStatus to)
    {
        var @case = CaseAt(from, CaseStatus.Registered);
        var events = @case.Events.Count;

        var result = @case.TryMove(to, "Reason given", OneAdultWhoChose, As(Roles.All.ToArray()), Now.AddDays(1));

        result.Problem.ShouldNotBeNull().Kind.ShouldBe(ProblemKind.Refused);
        result.Problem.Detail.ShouldNotBeNullOrWhiteSpace();
        @case.Status.ShouldBe(from);
        @case.Events.Count.ShouldBe(events);
    }

    [Theory]
    [MemberData(nameof(AllowedTransitions))]
    public void TryMove_ByRoleNotInTheTransition_IsRefusedNamingWhoMay(CaseStatus from, CaseStatus to)
    {
        var transition = CaseLifecycle.Transitions.Single(t => t.From == from && t.To == to);
        foreach (var role in Roles.All.Except(transition.Roles))
        {
            var @case = CaseAt(from, heldFrom: from == CaseStatus.OnHold && CaseStatuses.IsOpen(to) ? to : CaseStatus.Registered);

            var result = @case.TryMoveThrough(transition.Flow, to, "Reason given", OneAdultWhoChose, As(role), Now.AddDays(1));

            result.Problem.ShouldNotBeNull().Kind.ShouldBe(ProblemKind.Refused);
            result.Problem.Detail.ShouldNotBeNull().ShouldStartWith("Only ");
            result.Problem.Detail.ShouldContain(Roles.Label(transition.Roles[0]));
            @case.Status.ShouldBe(from);
        }
    }

    public static TheoryData<CaseStatus, CaseStatus> FlowOwnedTransitions()
    {
        var data = new TheoryData<CaseStatus, CaseStatus>();
        foreach (var t in CaseLifecycle.Transitions.Where(t => !t.IsGeneric))
        {
            data.Add(t.From, t.To);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FlowOwnedTransitions))]
    public void TryMove_ByHand_EveryFlowOwnedTransitionIsRefusedNamingItsFlowAndChangesNothing(CaseStatus from, CaseStatus to)
    {
        var transition = CaseLifecycle.Transitions.Single(t => t.From == from && t.To == to);
        var @case = CaseAt(from, CaseStatus.Registered);
        var events = @case.Events.Count;

        var result = @case.TryMove(to, "Reason given", OneAdultWhoChose, As(Roles.All.ToArray()), Now.AddDays(1));

        result.Problem.ShouldNotBeNull().Kind.ShouldBe(ProblemKind.Refused);
        result.Problem.Detail.ShouldBe(
            $"A case moves from {CaseStatuses.Label(from)} to {CaseStatuses.Label(to)} only through {CaseFlows.Label(transition.Flow)}; it is not changed by hand.");
        @case.Status.ShouldBe(from);
        @case.Events.Count.ShouldBe(events);
    }

    [Theory]
    [MemberData(nameof(FlowOwnedTransitions))]
    public void TryMoveThrough_AnotherFlow_IsRefused(CaseStatus from, CaseStatus to)
    {
        var transition = CaseLifecycle.Transitions.Single(t => t.From == from && t.To == to);
        var other = Enum.GetValues<CaseFlow>().First(f => f != transition.Flow && f != CaseFlow.Generic);
        var @case = CaseAt(from, CaseStatus.Registered);

        var result = @case.TryMoveThrough(other, to, "Reason given", OneAdultWhoChose, As(Roles.All.ToArray()), Now.AddDays(1));

        result.Problem.ShouldNotBeNull().Detail.ShouldNotBeNull().ShouldContain(CaseFlows.Label(transition.Flow));
        @case.Status.ShouldBe(from);
    }

    [Fact]
    public void AvailableTo_EveryStatus_OffersOnlyTransitionsNoFlowOwns()
    {
        foreach (var status in Enum.GetValues<CaseStatus>().Where(s => s != CaseStatus.OnHold))
        {
            var @case = CaseAt(status, CaseStatus.Registered);

            var offered = @case.AvailableTo(As(Roles.All.ToArray())).ToList();

            offered.ShouldAllBe(t => t.Flow == CaseFlow.Generic);
            offered.Select(t => t.To).ShouldBe(CaseLifecycle.From(status).Where(t => t.IsGeneric).Select(t => t.To), ignoreOrder: true);
        }
    }

    [Fact]
    public void Transitions_EachNamesAFlowAndAPermissionSomeRoleHolds_AndMovementAndRepatriationAreNeverGeneric()
    {
        CaseLifecycle.Transitions.ShouldAllBe(t => t.Roles.Count > 0 && Enum.IsDefined(t.Flow));
        var notReleases = CaseLifecycle.Transitions.Where(t => t.From != CaseStatus.OnHold).ToList();
        notReleases.Where(t => t.To is CaseStatus.Accepted or CaseStatus.Rejected).ShouldAllBe(t => t.Flow == CaseFlow.CountryDecision);
        notReleases.Where(t => t.To == CaseStatus.Cleared).Select(t => (t.From, t.Flow))
            .ShouldBe([(CaseStatus.Accepted, CaseFlow.ExitClearance), (CaseStatus.Booked, CaseFlow.Movement), (CaseStatus.NoShow, CaseFlow.Movement)], ignoreOrder: true);
        notReleases.Where(t => t.To is CaseStatus.Booked or CaseStatus.NoShow or CaseStatus.Arrived || (t.From == CaseStatus.Booked && CaseStatuses.IsOpen(t.To) && t.To != CaseStatus.OnHold && t.To != CaseStatus.Interviewed))
            .ShouldAllBe(t => t.Flow == CaseFlow.Movement);
        notReleases.Where(t => t.To is CaseStatus.RepatriationRequested or CaseStatus.RepatriationCleared || (t.From == CaseStatus.RepatriationCleared && t.To == CaseStatus.Departed))
            .ShouldAllBe(t => t.Flow == CaseFlow.Repatriation);
    }

    [Fact]
    public void TryMove_CaseWithoutMembers_IsRefusedBecauseItHasNone()
    {
        var @case = CaseAt(CaseStatus.Registered, CaseStatus.Registered);

        var result = @case.TryMoveThrough(CaseFlow.Interview, CaseStatus.Interviewed, "Interviewed", new CaseFacts(0, []), As(Roles.Protection), Now);

        result.Problem.ShouldNotBeNull().Detail.ShouldBe("The case has no members.");
        @case.Status.ShouldBe(CaseStatus.Registered);
    }

    [Fact]
    public void TryMove_ReferralWithAdultsWithoutResettlementChoice_IsRefusedNamingThem()
    {
        var @case = CaseAt(CaseStatus.Interviewed, CaseStatus.Registered);

        var result = @case.TryMoveThrough(CaseFlow.Referral, CaseStatus.Referred, "Refer", new CaseFacts(3, ["PSG-000001", "PSG-000002"]), As(Roles.Resettlement), Now);

        result.Problem.ShouldNotBeNull().Detail.ShouldBe(
            "No recorded choice to resettle for: PSG-000001, PSG-000002. Every adult must choose resettlement in their own interview before the case is referred.");
        @case.Status.ShouldBe(CaseStatus.Interviewed);
    }

    [Fact]
    public void TryMove_OnHoldToAnotherOpenStatus_IsRefusedAndGoesBackOnlyToWhereItWas()
    {
        var @case = CaseAt(CaseStatus.OnHold, heldFrom: CaseStatus.Interviewed);

        var elsewhere = @case.TryMove(CaseStatus.Registered, "Release", OneAdultWhoChose, As(Roles.Protection), Now);
        var back = @case.TryMove(CaseStatus.Interviewed, "Concern resolved", OneAdultWhoChose, As(Roles.Protection), Now);

        elsewhere.Problem.ShouldNotBeNull().Detail.ShouldBe("A case on hold goes back only to where it was (Interviewed).");
        back.Succeeded.ShouldBeTrue();
        @case.Status.ShouldBe(CaseStatus.Interviewed);
        @case.HeldFrom.ShouldBeNull();
    }

    [Fact]
    public void AvailableTo_CaseOnHold_OffersOnlyTheWayBackAndTheExits()
    {
        var @case = CaseAt(CaseStatus.OnHold, heldFrom: CaseStatus.Submitted);

        var offered = @case.AvailableTo(As(Roles.Protection)).Select(t => t.To).ToHashSet();

        offered.ShouldBe([CaseStatus.Submitted, CaseStatus.Withdrawn], ignoreOrder: true);
    }

    [Theory]
    [InlineData(CaseStatus.Arrived)]
    [InlineData(CaseStatus.LeftCamp)]
    [InlineData(CaseStatus.Withdrawn)]
    [InlineData(CaseStatus.Deceased)]
    public void TryMove_ClosedCase_NeverMoves(CaseStatus closed)
    {
        var @case = CaseAt(closed, CaseStatus.Registered);

        foreach (var to in Enum.GetValues<CaseStatus>())
        {
            var result = @case.TryMove(to, "Try", OneAdultWhoChose, As(Roles.All.ToArray()), Now);

            result.Problem.ShouldNotBeNull().Detail.ShouldBe($"The case is {CaseStatuses.Label(closed)}; a closed case does not change status.");
        }

        @case.Status.ShouldBe(closed);
        @case.AvailableTo(As(Roles.All.ToArray())).ShouldBeEmpty();
    }

    [Fact]
    public void TryMove_WithoutReason_IsInvalid()
    {
        var @case = CaseAt(CaseStatus.Registered, CaseStatus.Registered);

        var result = @case.TryMove(CaseStatus.Interviewed, "  ", OneAdultWhoChose, As(Roles.Protection), Now);

        result.Problem.ShouldNotBeNull().Kind.ShouldBe(ProblemKind.Validation);
        result.Problem.Errors!["Reason"].ShouldBe(["Say why the case changes status."]);
    }

    [Fact]
    public void TryMove_JumpAhead_ExplainsWhereTheTargetCanBeReachedFrom()
    {
        var @case = CaseAt(CaseStatus.Registered, CaseStatus.Registered);

        var result = @case.TryMove(CaseStatus.Booked, "Book", OneAdultWhoChose, As(Roles.Movement), Now);

        result.Problem.ShouldNotBeNull().Detail.ShouldBe("The case is Registered; it can move to Booked only from Cleared, On hold.");
    }

    /// <summary>A case brought to <paramref name="status"/> through the table, by an actor holding every role.</summary>
    private static Case CaseAt(CaseStatus status, CaseStatus heldFrom)
    {
        var all = As(Roles.All.ToArray());
        var @case = Case.Open("C-000001", all, Now);
        var target = status == CaseStatus.OnHold ? heldFrom : status;
        foreach (var step in PathTo(target))
        {
            var flow = CaseLifecycle.Transitions.Single(t => t.From == @case.Status && t.To == step).Flow;
            @case.TryMoveThrough(flow, step, "Setup", OneAdultWhoChose, all, Now).Succeeded.ShouldBeTrue();
        }

        if (status == CaseStatus.OnHold)
        {
            @case.TryMove(CaseStatus.OnHold, "Setup", OneAdultWhoChose, all, Now).Succeeded.ShouldBeTrue();
        }

        @case.Status.ShouldBe(status);
        return @case;
    }

    /// <summary>The shortest path from Registered through the table, not passing through a hold.</summary>
    private static List<CaseStatus> PathTo(CaseStatus target)
    {
        var previous = new Dictionary<CaseStatus, CaseStatus> { [CaseStatus.Registered] = CaseStatus.Registered };
        var queue = new Queue<CaseStatus>([CaseStatus.Registered]);
        while (queue.Count > 0 && !previous.ContainsKey(target))
        {
            var at = queue.Dequeue();
            foreach (var next in CaseLifecycle.From(at).Select(t => t.To).Where(s => s != CaseStatus.OnHold && !previous.ContainsKey(s)))
            {
                previous[next] = at;
                queue.Enqueue(next);
            }
        }

        var path = new List<CaseStatus>();
        for (var s = target; s != CaseStatus.Registered; s = previous[s])
        {
            path.Insert(0, s);
        }

        return path;
    }

    private static Actor As(params string[] roles)
    {
        var actor = new Actor();
        actor.Set(string.Join('+', roles), string.Join('+', roles).ToLowerInvariant() + "@test", null, roles);
        return actor;
    }
}
