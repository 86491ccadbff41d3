using System.Globalization;
using Passage.Matching.Comparison;
using Passage.Matching.Records;

namespace Passage.Bench.Matching.Synthetic;

/// <summary>A generated record with the fictitious person it describes.</summary>
internal sealed record SyntheticRecord(int Person, PersonRecord Record);

/// <summary>
/// Generates a registry of fictitious Persian people with ground truth: families sharing a surname and a
/// father's name, siblings born a few years apart with different given names (one in five named like an older
/// sibling: Hamid and Hamed, Saeed and Saeedeh — hard negatives), namesakes from Zipf-like name frequencies, and people
/// registered more than once (about one in four), each registration with its own romanisation or
/// Persian spelling, typos, reordered names, honorifics, compound given names shortened to their first
/// part, partial or wrong dates, missing fathers.
/// </summary>
internal static class SyntheticRegistry
{
    private const double LookAlikeSiblingShare = 0.2;

    public static List<SyntheticRecord> Generate(int records, int seed, NamePool pool = NamePool.Realistic)
    {
        var random = new Random(seed);
        var spelling = new Spelling(random);
        var surnames = pool == NamePool.Realistic ? Surnames.Realistic : Surnames.Concentrated;
        var givenExponent = pool == NamePool.Realistic ? Surnames.RealisticGivenExponent : 1.0;
        var maleWeights = Zipf(PersianNames.Male.Length, givenExponent);
        var femaleWeights = Zipf(PersianNames.Female.Length, givenExponent);
        var surnameWeights = Zipf(surnames.Length, pool == NamePool.Realistic ? Surnames.RealisticExponent : Surnames.ConcentratedExponent);
        var output = new List<SyntheticRecord>(records + 16);
        var person = 0;
        while (output.Count < records)
        {
            var surname = surnames[Draw(random, surnameWeights)];
            var father = PersianNames.Male[Draw(random, maleWeights)];
            var children = 1 + random.Next(6);
            var firstBirth = new DateOnly(1940, 1, 1).AddDays(random.Next(365 * 70));
            var names = new HashSet<string>(StringComparer.Ordinal);
            var previous = string.Empty;
            for (var c = 0; c < children && output.Count < records; c++)
            {
                var male = random.NextDouble() < 0.5;
                (string Latin, string Persian) given;
                if (c > 0 && random.NextDouble() < LookAlikeSiblingShare && LookAlikes.Of(previous) is { } lookAlike && names.Add(lookAlike.Given.Latin))
                {
                    // A hard negative: a brother or sister named like an older sibling (Hamid and Hamed, Saeed and Saeedeh).
                    (given, male) = lookAlike;
                }
                else
                {
                    do
                    {
                        given = male ? PersianNames.Male[Draw(random, maleWeights)] : PersianNames.Female[Draw(random, femaleWeights)];
                    }
                    while (!names.Add(given.Latin));
                }

                previous = given.Latin;

                var birth = firstBirth.AddDays(random.Next(365 * 2) + (c * 500));
                var copies = random.NextDouble() switch { < 0.05 => 3, < 0.25 => 2, _ => 1 };
                for (var k = 0; k < copies && output.Count < records; k++)
                {
                    var id = "P" + output.Count.ToString("D7", CultureInfo.InvariantCulture);
                    output.Add(new SyntheticRecord(person, Registration(random, spelling, id, given, surname, father, birth, male)));
                }

                person++;
            }
        }

        return output;
    }

    private static PersonRecord Registration(Random random, Spelling spelling, string id, (string Latin, string Persian) given,
        (string Latin, string Persian) surname, (string Latin, string Persian) father, DateOnly birth, bool male)
    {
        var persian = random.NextDouble() < 0.35;
        string Write((string Latin, string Persian) name)
        {
            var s = persian ? spelling.Persian(name.Persian) : spelling.Latin(name.Latin);
            return random.NextDouble() < 0.04 ? spelling.Typo(s) : s;
        }

        // A compound given name is often registered by its first part only (Mohammad Reza as Mohammad).
        var shortened = given.Latin.Contains(' ', StringComparison.Ordinal) && random.NextDouble() < 0.15
            ? (given.Latin.Split(' ')[0], given.Persian.Split('\u200c')[0])
            : given;
        var g = Write(shortened);
        var f = Write(surname);
        var name = random.NextDouble() switch
        {
            < 0.04 => $"{f}, {g}",
            < 0.08 => $"{f} {g}",
            _ => $"{g} {f}",
        };
        if (male && random.NextDouble() < 0.03)
        {
            name = (persian ? "سید " : "Seyyed ") + name;
        }

        return new PersonRecord(id, Name: name, Birth: Date(random, birth), Father: random.NextDouble() < 0.9 ? Write(father) : null,
            Sex: random.NextDouble() < 0.05 ? Sex.Unknown : random.NextDouble() < 0.005 ^ male ? Sex.Male : Sex.Female);
    }

    private static BirthDate? Date(Random random, DateOnly d)
    {
        var r = random.NextDouble();
        if (r < 0.02)
        {
            return null;
        }

        if (r < 0.14)
        {
            return new BirthDate(d.Year, 0, 0);
        }

        if (r < 0.18)
        {
            return new BirthDate(d.Year, d.Month, 0);
        }

        if (r < 0.22)
        {
            return new BirthDate(d.Year, 1, 1);
        }

        var e = random.NextDouble();
        if (e < 0.02 && d.Day <= 12)
        {
            return new BirthDate(d.Year, d.Day, d.Month);
        }

        if (e < 0.04)
        {
            return new BirthDate(d.Year + (random.Next(2) * 2) - 1, d.Month, Math.Min(d.Day, 28));
        }

        if (e < 0.06)
        {
            return new BirthDate(d.Year, d.Month, Math.Min(28, ((d.Day + random.Next(1, 9)) % 28) + 1));
        }

        return new BirthDate(d.Year, d.Month, d.Day);
    }

    private static double[] Zipf(int n, double exponent = 1.0)
    {
        var weights = new double[n];
        var total = 0.0;
        for (var i = 0; i < n; i++)
        {
            total += 1 / Math.Pow(i + 1, exponent);
            weights[i] = total;
        }

        for (var i = 0; i < n; i++)
        {
            weights[i] /= total;
        }

        return weights;
    }

    private static int Draw(Random random, double[] cumulative)
    {
        var i = Array.BinarySearch(cumulative, random.NextDouble());
        return Math.Min(cumulative.Length - 1, i < 0 ? ~i : i);
    }
}
