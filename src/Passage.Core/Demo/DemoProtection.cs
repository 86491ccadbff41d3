using Passage.Core.Accounts;
using Passage.Core.Cases;
using Passage.Core.Protection;

namespace Passage.Core.Demo;

/// <summary>The walk-outs of the demo cases that left the camp: fictitious protected facilities and what each asks for.</summary>
internal sealed class DemoProtection(Random random, Dictionary<string, Actor> actors)
{
    private static readonly string[] Facilities =
    [
        "Agency protection centre, Baghdad, room 4", "Transit shelter near Erbil, block 2", "Partner NGO safe house, Karbala road",
        "Agency protection centre, Baghdad, room 9", "Women's shelter run by a partner, Sulaymaniyah",
    ];

    private static readonly WalkOutAsks[] Asks =
    [
        WalkOutAsks.Resettlement, WalkOutAsks.Return, WalkOutAsks.FamilyContact, WalkOutAsks.Resettlement | WalkOutAsks.FamilyContact,
        WalkOutAsks.Return | WalkOutAsks.FamilyContact,
    ];

    private readonly List<WalkOut> _walkOuts = [];

    public IReadOnlyList<WalkOut> WalkOuts => _walkOuts;

    /// <summary>Records the walk-out of a case the demo moved to Left camp.</summary>
    public void Plan(Case @case)
    {
        var left = @case.Events.LastOrDefault(e => e.ToStatus == CaseStatus.LeftCamp);
        if (@case.Status != CaseStatus.LeftCamp || left is null)
        {
            return;
        }

        var officer = actors[Roles.Protection];
        var details = new ValidWalkOutDetails(
            DateOnly.FromDateTime(left.At.UtcDateTime), Facilities[random.Next(Facilities.Length)], Asks[random.Next(Asks.Length)], officer.UserName);
        _walkOuts.Add(WalkOut.Record(@case.Id, details, (officer.UserId, officer.UserName), officer, left.At));
    }

    public void Clear() => _walkOuts.Clear();
}
