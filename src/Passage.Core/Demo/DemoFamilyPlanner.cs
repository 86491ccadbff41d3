using System.Globalization;
using Passage.Core.Registry;

namespace Passage.Core.Demo;

/// <summary>
/// Plans the fictitious families of the demo operation, deterministically from one <see cref="Random"/>: single adults,
/// couples, parents with children, older parents living with a son, single parents; members share the family name,
/// children carry their father's given name as father's name, and some adults have a sibling in a case of their own.
/// </summary>
internal sealed class DemoFamilyPlanner(Random random, DateOnly today)
{
    private const double AliasShare = 0.07;
    private const int MaxHousehold = 8;
    private static readonly string[] Blocks = ["A", "B", "C", "D", "E", "F", "G", "H"];

    public List<DemoHousehold> Plan(int persons)
    {
        var households = new List<DemoHousehold>();
        var remaining = persons;
        while (remaining > 0)
        {
            var household = NextHousehold(households, remaining);
            household.Path = DemoStages.PickPath(random);
            households.Add(household);
            remaining -= household.Members.Count;
        }

        return households;
    }

    private DemoHousehold NextHousehold(List<DemoHousehold> earlier, int remaining)
    {
        var maxSize = Math.Min(remaining, MaxHousehold);
        var roll = random.NextDouble();
        var family = PersianNames.Family[random.Next(PersianNames.Family.Count)];
        var home = new Home(family, family.SomeSpelling(random), Blocks[random.Next(Blocks.Length)],
            random.Next(1, 160).ToString(CultureInfo.InvariantCulture));
        return roll switch
        {
            _ when maxSize == 1 || roll < 0.55 => SingleAdult(earlier, home, female: random.NextDouble() < 0.2),
            _ when roll < 0.62 => Couple(home, children: 0, olderParents: false, maxSize),
            _ when roll < 0.84 => Couple(home, children: ChildCount(), olderParents: false, maxSize),
            _ when roll < 0.87 => Couple(home, children: ChildCount(), olderParents: true, maxSize),
            _ when roll < 0.95 => SingleParent(home, maxSize),
            _ => OlderCouple(home),
        };
    }

    private int ChildCount() => 1 + (int)Math.Floor(Math.Pow(random.NextDouble(), 1.6) * 5);

    private DemoHousehold SingleAdult(List<DemoHousehold> earlier, Home home, bool female)
    {
        var household = new DemoHousehold();
        var age = random.Next(18, 61);
        var father = RandomName(PersianNames.Male);
        if (earlier.Count > 0 && random.NextDouble() < 0.12)
        {
            // An adult sibling of someone already registered: same family and father, own case, maybe another spelling.
            var index = random.Next(earlier.Count);
            var sibling = earlier[index].Members[0];
            if (sibling.FatherNameArabic is not null && sibling.FamilyNameArabic is not null)
            {
                var familyName = PersianNames.Family.First(f => f.Arabic == sibling.FamilyNameArabic);
                home = home with { Family = familyName, Spelling = familyName.SomeSpelling(random) };
                father = (PersianNames.Male.First(m => m.Arabic == sibling.FatherNameArabic), sibling.FatherName!);
                household.SiblingOfFirstMember = (index, 0);
            }
        }

        household.Members.Add(Adult(home, female, age, father, needsBoost: female ? "WR" : null));
        return household;
    }

    private DemoHousehold Couple(Home home, int children, bool olderParents, int maxSize)
    {
        var household = new DemoHousehold();
        var husbandAge = random.Next(olderParents ? 30 : 20, olderParents ? 56 : 66);
        var grandfather = RandomName(PersianNames.Male);
        var husbandName = RandomName(PersianNames.Male);
        household.Members.Add(Person(home, husbandName, female: false, husbandAge, grandfather, AdultNeed(husbandAge, null)));
        if (maxSize < 2)
        {
            return household;
        }

        var wifeAge = Math.Max(18, husbandAge - random.Next(0, 11));
        household.Members.Add(Adult(home, female: true, wifeAge, RandomName(PersianNames.Male), null));
        household.Link(0, 1, Relationship.Spouse);

        var room = maxSize - household.Members.Count - (olderParents ? 2 : 0);
        AddChildren(household, home, Math.Min(children, Math.Max(room, 0)), husbandName, Math.Min(wifeAge, 45), parents: [0, 1]);

        if (olderParents && maxSize - household.Members.Count >= 2)
        {
            var fatherAge = Math.Min(90, husbandAge + random.Next(22, 36));
            var grandfatherIndex = household.Members.Count;
            household.Members.Add(Person(home, grandfather, female: false, fatherAge, RandomName(PersianNames.Male), AdultNeed(fatherAge, null)));
            household.Members.Add(Adult(home, female: true, Math.Max(60, fatherAge - random.Next(0, 8)), RandomName(PersianNames.Male), null));
            household.Link(grandfatherIndex, grandfatherIndex + 1, Relationship.Spouse);
            household.Link(0, grandfatherIndex, Relationship.Parent);
            household.Link(0, grandfatherIndex + 1, Relationship.Parent);
        }

        return household;
    }

    private DemoHousehold SingleParent(Home home, int maxSize)
    {
        var household = new DemoHousehold();
        var female = random.NextDouble() < 0.8;
        var age = random.Next(24, 56);
        household.Members.Add(Adult(home, female, age, RandomName(PersianNames.Male), needsBoost: "SP"));
        var childrensFather = female ? RandomName(PersianNames.Male) : (PersianNames.Male.First(m => m.Arabic == household.Members[0].GivenNameArabic), household.Members[0].GivenName!);
        AddChildren(household, home, Math.Min(ChildCount(), maxSize - 1), childrensFather, Math.Min(age, 45), parents: [0]);
        return household;
    }

    private DemoHousehold OlderCouple(Home home)
    {
        var household = new DemoHousehold();
        var age = random.Next(60, 86);
        household.Members.Add(Adult(home, female: false, age, RandomName(PersianNames.Male), null));
        household.Members.Add(Adult(home, female: true, Math.Max(58, age - random.Next(0, 9)), RandomName(PersianNames.Male), null));
        household.Link(0, 1, Relationship.Spouse);
        return household;
    }

    private void AddChildren(DemoHousehold household, Home home, int count, (DemoName Name, string Spelling) father, int motherAge, int[] parents)
    {
        var oldest = Math.Clamp(motherAge - 18, 0, 17);
        for (var i = 0; i < count; i++)
        {
            var female = random.NextDouble() < 0.5;
            var name = RandomName(female ? PersianNames.Female : PersianNames.Male);
            var child = household.Members.Count;
            household.Members.Add(Person(home, name, female, random.Next(0, oldest + 1), father, ChildNeed()));
            foreach (var parent in parents)
            {
                household.Link(parent, child, Relationship.Child);
            }
        }
    }

    private PersonDetails Adult(Home home, bool female, int age, (DemoName Name, string Spelling) father, string? needsBoost) =>
        Person(home, RandomName(female ? PersianNames.Female : PersianNames.Male), female, age, father, AdultNeed(age, needsBoost));

    private PersonDetails Person(Home home, (DemoName Name, string Spelling) given, bool female, int age, (DemoName Name, string Spelling) father, string? need)
    {
        string[] aliases = [];
        if (random.NextDouble() < AliasShare)
        {
            var otherGiven = given.Name.OtherSpelling(given.Spelling, random) ?? given.Spelling;
            var otherFamily = home.Family.OtherSpelling(home.Spelling, random) ?? home.Spelling;
            if (otherGiven != given.Spelling || otherFamily != home.Spelling)
            {
                aliases = [$"{otherGiven} {otherFamily}"];
            }
        }

        need ??= age >= 60 && random.NextDouble() < 0.55 ? "ER" : null;
        return new PersonDetails(
            given.Spelling, home.Spelling, father.Spelling, given.Name.Arabic, home.Family.Arabic, father.Name.Arabic,
            female ? nameof(Sex.Female) : nameof(Sex.Male), BirthDate(age), home.Block, home.Unit, aliases,
            need is null ? [] : [need]);
    }

    private string? AdultNeed(int age, string? boost) => random.NextDouble() switch
    {
        _ when boost == "SP" && random.NextDouble() < 0.7 => "SP",
        _ when boost == "WR" && random.NextDouble() < 0.2 => "WR",
        < 0.035 => "SM",
        < 0.055 => "DS",
        < 0.06 => "TR",
        < 0.065 => "SV",
        _ when age >= 60 && random.NextDouble() < 0.55 => "ER",
        _ => null,
    };

    private string? ChildNeed() => random.NextDouble() switch
    {
        < 0.02 => "SM",
        < 0.035 => "DS",
        < 0.05 => "CR",
        _ => null,
    };

    private string BirthDate(int age)
    {
        var born = today.AddYears(-age).AddDays(-random.Next(0, 365));
        var precision = random.NextDouble();
        return precision switch
        {
            < 0.15 => born.ToString("yyyy", CultureInfo.InvariantCulture),
            < 0.25 => born.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            _ => born.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
    }

    private (DemoName Name, string Spelling) RandomName(IReadOnlyList<DemoName> names)
    {
        var name = names[random.Next(names.Count)];
        return (name, name.SomeSpelling(random));
    }

    private sealed record Home(DemoName Family, string Spelling, string Block, string Unit);
}
