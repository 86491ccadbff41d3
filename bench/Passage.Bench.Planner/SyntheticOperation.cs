using Passage.Core.Movements.Planning;

namespace Passage.Bench.Planner;

/// <summary>
/// A made-up operation of a given size, the same for a given seed: families of one to nine (most of one to four),
/// priority scores skewed low, earliest travel dates over four months, some wheelchair users, persons needing a medical
/// escort and persons with serious medical needs; pledges spread over countries, and movements to those countries over
/// the same months with fewer seats in all than there are people, so the plan has to choose.
/// </summary>
internal static class SyntheticOperation
{
    private static readonly string[] Countries = ["AL", "DE", "FR", "NL", "SE", "NO", "FI", "IE", "PT", "ES", "IT", "BE", "DK", "AT", "CH", "LU", "IS", "EE", "LT", "LV"];

    public static PlanningProblem Create(int persons, int cases, int pledges, int movements, int seed)
    {
        var random = new Random(seed);
        var start = new DateOnly(2027, 1, 4);
        var countries = Countries.Take(Math.Min(Countries.Length, Math.Max(4, pledges / 2))).ToArray();
        var sizes = Enumerable.Repeat(1, cases).ToArray();
        for (var extra = persons - cases; extra > 0;)
        {
            var c = random.Next(cases);
            if (sizes[c] < 9 && random.NextDouble() < 1.0 / sizes[c])
            {
                sizes[c]++;
                extra--;
            }
        }

        var pledgeList = Enumerable.Range(0, pledges)
            .Select(p => (Pledge: new PlanningPledge(Guid.NewGuid(), $"P-{p + 1:D3}", 0), Country: countries[p % countries.Length]))
            .ToList();
        var caseList = new List<PlanningCase>(cases);
        var demand = new int[pledges];
        for (var c = 0; c < cases; c++)
        {
            var p = random.Next(pledges);
            demand[p] += sizes[c];
            var serious = random.NextDouble() < 0.06 ? 1 : 0;
            caseList.Add(new PlanningCase(
                Guid.NewGuid(),
                $"C-{c + 1:D6}",
                sizes[c],
                (int)(60 * Math.Pow(random.NextDouble(), 2)),
                pledgeList[p].Country,
                pledgeList[p].Pledge.PledgeId,
                start.AddDays(random.Next(100)),
                Wheelchairs: random.NextDouble() < 0.05 ? 1 : 0,
                NeedEscort: serious == 1 && random.NextDouble() < 0.7 ? 1 : (random.NextDouble() < 0.02 ? 1 : 0),
                SeriousMedical: serious));
        }

        // Pledges hold about nine places in ten of what their cases need.
        var pledgeRecords = pledgeList.Select((p, i) => p.Pledge with { PlacesLeft = (int)(demand[i] * (0.8 + (0.2 * random.NextDouble()))) }).ToList();
        var seatsPerMovement = (int)(persons * 0.85 / movements);
        var movementList = Enumerable.Range(0, movements)
            .Select(m => new PlanningMovement(
                Guid.NewGuid(),
                $"M-{m + 1:D4}",
                countries[m % countries.Length],
                start.AddDays(random.Next(120)),
                Seats: (int)(seatsPerMovement * (0.7 + (0.6 * random.NextDouble()))),
                EscortPlaces: 1 + random.Next(4),
                WheelchairPlaces: 1 + random.Next(5)))
            .ToList();
        return new PlanningProblem(caseList, movementList, pledgeRecords, new PlanningRules(MaxSeriousMedicalPerMovement: 4));
    }
}
