using Passage.Core.Cases;
using Passage.Core.Registry;

namespace Passage.Core.Demo;

/// <summary>One planned family case of the demo operation: its members, how they are related, and how far its case has gone.</summary>
internal sealed class DemoHousehold
{
    public List<PersonDetails> Members { get; } = [];

    /// <summary>Links inside the household: member <c>To</c> is member <c>From</c>'s <c>Relationship</c>.</summary>
    public List<(int From, int To, Relationship Relationship)> Links { get; } = [];

    /// <summary>An adult sibling registered in an earlier household, in a case of their own.</summary>
    public (int Household, int Member)? SiblingOfFirstMember { get; set; }

    /// <summary>The statuses the case moved through after Registered, in order.</summary>
    public IReadOnlyList<CaseStatus> Path { get; set; } = [];

    public void Link(int from, int to, Relationship relationship)
    {
        Links.Add((from, to, relationship));
        Links.Add((to, from, FamilyLink.Inverse(relationship)));
    }
}
