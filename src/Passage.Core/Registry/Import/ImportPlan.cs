using Passage.Core.Accounts;
using Passage.Core.Cases;
using Passage.Core.Storage;

namespace Passage.Core.Registry.Import;

/// <summary>One person of an import, with the file line it came from.</summary>
internal sealed record ImportedPerson(int Line, Person Person);

/// <summary>
/// What an import writes, built in memory before anything is written: the new persons with their registration numbers,
/// the new cases (one per family key, one per row with neither key nor case number) and the existing cases joined,
/// each with its membership events.
/// </summary>
internal sealed class ImportPlan
{
    private ImportPlan()
    {
    }

    public List<ImportedPerson> Persons { get; } = [];

    public List<Case> NewCases { get; } = [];

    /// <summary>Existing cases that persons join, untracked, with their version before the import.</summary>
    public Dictionary<Guid, (Case Case, long VersionBefore)> Joined { get; } = [];

    /// <summary>How many new cases <paramref name="rows"/> open: one per family key, one per row with neither key nor case number.</summary>
    public static int NewCaseCount(IReadOnlyList<ImportRow> rows) =>
        rows.Where(r => r.CaseNumber is null && r.FamilyKey is not null).Select(r => r.FamilyKey!).Distinct(StringComparer.Ordinal).Count()
        + rows.Count(r => r.CaseNumber is null && r.FamilyKey is null);

    /// <param name="rows">The valid rows, in file order.</param>
    /// <param name="existing">The open cases the rows name, by case number, not tracked.</param>
    /// <param name="nextPerson">The first of a block of registration numbers reserved for the rows.</param>
    /// <param name="nextCase">The first of a block of case numbers reserved for the new cases.</param>
    public static ImportPlan Make(
        IReadOnlyList<ImportRow> rows, IReadOnlyDictionary<string, Case> existing, long nextPerson, long nextCase, string reason, Actor actor, DateTimeOffset now)
    {
        var plan = new ImportPlan();
        var families = new Dictionary<string, Case>(StringComparer.Ordinal);
        var targets = new Case[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.CaseNumber is not null)
            {
                targets[i] = existing[row.CaseNumber];
                plan.Joined.TryAdd(targets[i].Id, (targets[i], targets[i].Version));
            }
            else if (row.FamilyKey is not null && families.TryGetValue(row.FamilyKey, out var family))
            {
                targets[i] = family;
            }
            else
            {
                targets[i] = Case.Open(NumberIssuer.CaseNumber(nextCase++), actor, now);
                plan.NewCases.Add(targets[i]);
                if (row.FamilyKey is not null)
                {
                    families[row.FamilyKey] = targets[i];
                }
            }
        }

        // Each person's search and matching keys take most of the time here, and depend on that person alone.
        var persons = new Person[rows.Count];
        Parallel.For(0, rows.Count, i => persons[i] = Person.Register(NumberIssuer.RegistrationNumber(nextPerson + i), rows[i].Details, targets[i].Id, now));
        for (var i = 0; i < rows.Count; i++)
        {
            plan.Persons.Add(new ImportedPerson(rows[i].Line, persons[i]));
            targets[i].RecordMembership(persons[i].RegistrationNumber, joined: true, reason, actor, now);
        }

        return plan;
    }
}
