using Passage.Core.Cases;

namespace Passage.Core.Demo;

/// <summary>How far the demo cases have gone: most are registered or interviewed, a few have moved on or closed.</summary>
internal static class DemoStages
{
    private static readonly (int Weight, CaseStatus[] Path)[] Paths =
    [
        (44, []),
        (28, [CaseStatus.Interviewed]),
        (6, [CaseStatus.Interviewed, CaseStatus.Referred]),
        (5, [CaseStatus.Interviewed, CaseStatus.Referred, CaseStatus.Submitted]),
        (3, [CaseStatus.Interviewed, CaseStatus.Referred, CaseStatus.Submitted, CaseStatus.Accepted]),
        (1, [CaseStatus.Interviewed, CaseStatus.Referred, CaseStatus.Submitted, CaseStatus.Rejected]),
        (1, [CaseStatus.Interviewed, CaseStatus.Referred, CaseStatus.Submitted, CaseStatus.Withdrawn]),
        (2, [CaseStatus.Interviewed, CaseStatus.Referred, CaseStatus.Submitted, CaseStatus.Accepted, CaseStatus.Cleared]),
        (2, [CaseStatus.Interviewed, CaseStatus.Referred, CaseStatus.Submitted, CaseStatus.Accepted, CaseStatus.Cleared, CaseStatus.Booked]),
        (1, [CaseStatus.Interviewed, CaseStatus.Referred, CaseStatus.Submitted, CaseStatus.Accepted, CaseStatus.Cleared, CaseStatus.Booked, CaseStatus.Departed]),
        (2, [CaseStatus.Interviewed, CaseStatus.Referred, CaseStatus.Submitted, CaseStatus.Accepted, CaseStatus.Cleared, CaseStatus.Booked, CaseStatus.Departed, CaseStatus.Arrived]),
        (1, [CaseStatus.Interviewed, CaseStatus.RepatriationRequested]),
        (1, [CaseStatus.Interviewed, CaseStatus.RepatriationRequested, CaseStatus.RepatriationCleared]),
        (1, [CaseStatus.Interviewed, CaseStatus.OnHold]),
        (2, [CaseStatus.LeftCamp]),
        (1, [CaseStatus.Withdrawn]),
    ];

    private static readonly int TotalWeight = Paths.Sum(p => p.Weight);

    public static IReadOnlyList<CaseStatus> PickPath(Random random)
    {
        var pick = random.Next(TotalWeight);
        foreach (var (weight, path) in Paths)
        {
            if (pick < weight)
            {
                return path;
            }

            pick -= weight;
        }

        return [];
    }

    /// <summary>The reason recorded for a move to <paramref name="status"/>.</summary>
    public static string Reason(CaseStatus status) => status switch
    {
        CaseStatus.Interviewed => "Interview held with each adult alone.",
        CaseStatus.Referred => "Every adult chose resettlement; referred.",
        CaseStatus.Submitted => "Submitted to the receiving country.",
        CaseStatus.Accepted => "Accepted by the receiving country.",
        CaseStatus.Rejected => "Not accepted by the receiving country.",
        CaseStatus.Cleared => "Exit clearance obtained.",
        CaseStatus.Booked => "Seats booked on a scheduled flight.",
        CaseStatus.Departed => "Departed with the batch.",
        CaseStatus.Arrived => "Arrival confirmed by the receiving country.",
        CaseStatus.RepatriationRequested => "Asked to return to the origin country.",
        CaseStatus.RepatriationCleared => "Voluntary return cleared.",
        CaseStatus.OnHold => "Protection concern under review.",
        CaseStatus.LeftCamp => "Left the camp on their own.",
        CaseStatus.Withdrawn => "Withdrew from the process.",
        _ => "Demo operation.",
    };
}
