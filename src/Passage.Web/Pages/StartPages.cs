using Passage.Core.Accounts;
using Passage.Core.Cases;

namespace Passage.Web.Pages;

/// <summary>
/// Where a user lands after sign-in and on <c>/</c>: the page of their next task, chosen by the first permission of the
/// list below that <see cref="AccessPolicy"/> grants them (so a user of several roles lands on the work of the first), then
/// the dashboard for anyone who reads aggregates; the links page for anyone else. A supervisor lands on their team's view.
/// See docs/decisions/0012.
/// </summary>
public static class StartPages
{
    private sealed record Task(Permission Permission, string Path);

    private static readonly Task[] Tasks =
    [
        new(Permission.ReadAudit, "/Audit"),
        new(Permission.ManageUsers, "/Admin/Users"),
        new(Permission.WriteBiodata, "/Persons"),
        new(Permission.WriteInterviewRecord, "/Interviews/Flags"),
        new(Permission.WritePledges, "/Referrals/Queue"),
        new(Permission.ManageMovements, "/Movements"),
        new(Permission.WriteIncidents, "/Incidents"),
        new(Permission.WriteFamilyRequests, "/FamilyContact"),

        // A country's delegate: the referrals waiting for their country's decision.
        new(Permission.DecideReferrals, "/Referrals"),
        new(Permission.ReadAggregateReports, "/Dashboard"),
    ];

    /// <summary>The start page of the actor, or null when no task of the list is theirs.</summary>
    public static string? For(Actor actor)
    {
        // A supervisor's next task is their team's.
        if (ViewTeamWork.MaySupervise(actor))
        {
            return "/Team";
        }

        return Tasks.FirstOrDefault(t => actor.Can(t.Permission))?.Path;
    }
}
