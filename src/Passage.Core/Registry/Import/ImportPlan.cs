using Passage.Core.Accounts;
using Passage.Core.Cases;
using Passage.Core.Storage;

namespace Passage.Core.Registry.Import;

/// <summary>One person of an import, with the file line it came from.</summary>
internal sealed record ImportedPerson(int Line, Person Person);

/// <summary>A batch of persons ready to write, with their search keys in key order (so the key index takes them in one sweep).</summary>
internal sealed record ImportBatch(Person[] Persons, (PersonSearchKey Key, Guid Person)[] SearchKeys);

/// <summary>
/// What an import writes, built in memory before it is written: the new cases (one per family key, one per row with
/// neither key nor case number) and the existing cases joined, each with its membership events; the persons with their
/// registration numbers, registered in batches in the background (their search and matching keys take most of the
/// processor time) while the cases are written. Ids ascend in file order, so each index takes the rows in order.
/// </summary>
internal sealed class ImportPlan
{
    private ImportPlan()
    {
    }

    public List<Case> NewCases { get; } = [];

    /// <summary>Existing cases that persons join, untracked, with their version before the import.</summary>
    public Dictionary<Guid, (Case Case, long VersionBefore)> Joined { get; } = [];

    /// <summary>The persons in file order, in batches of <see cref="ImportPersons.BatchSize"/>, each registered on a thread of the pool.</summary>
    public IReadOnlyList<Task<ImportBatch>> Batches { get; private set; } = [];

    /// <summary>Each person with the file line it came from, in file order; complete once every batch is.</summary>
    public IEnumerable<ImportedPerson> Persons(IReadOnlyList<ImportRow> rows) =>
        Batches.SelectMany(b => b.Result.Persons).Select((p, i) => new ImportedPerson(rows[i].Line, p));

    /// <summary>How many new cases <paramref name="rows"/> open: one per family key, one per row with neither key nor case number.</summary>
    public static int NewCaseCount(IReadOnlyList<ImportRow> rows) =>
        rows.Where(r => r.CaseNumber is null && r.FamilyKey is not null).Select(r => r.FamilyKey!).Distinct(StringComparer.Ordinal).Count()
        + rows.Count(r => r.CaseNumber is null && r.FamilyKey is null);

    /// <param name="rows">The valid rows, in file order.</param>
    /// <param name="existing">The open cases the rows name, by case number, not tracked.</param>
    /// <param name="nextPerson">The first of a block of registration numbers reserved for the rows.</param>
    /// <param name="nextCase">The first of a block of case numbers reserved for the new cases.</param>
    public static ImportPlan Make(
        IReadOnlyList<ImportRow> rows, IReadOnlyDictionary<string, Case> existing, long nextPerson, long nextCase, int newCases, string reason, Actor actor, DateTimeOffset now,
        CancellationToken registering)
    {
        var plan = new ImportPlan();
        var families = new Dictionary<string, Case>(StringComparer.Ordinal);
        var caseIds = OrderedIds.Make(newCases, now);
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
                targets[i] = Case.Open(caseIds[plan.NewCases.Count], NumberIssuer.CaseNumber(nextCase++), actor, now);
                plan.NewCases.Add(targets[i]);
                if (row.FamilyKey is not null)
                {
                    families[row.FamilyKey] = targets[i];
                }
            }

            targets[i].RecordMembership(NumberIssuer.RegistrationNumber(nextPerson + i), joined: true, reason, actor, now);
        }

        var personIds = OrderedIds.Make(rows.Count, now);
        plan.Batches = Enumerable.Range(0, (rows.Count + ImportPersons.BatchSize - 1) / ImportPersons.BatchSize)
            .Select(b => Task.Run(() => Register(b * ImportPersons.BatchSize, Math.Min(rows.Count, (b + 1) * ImportPersons.BatchSize)), registering))
            .ToList();
        return plan;

        ImportBatch Register(int from, int to)
        {
            registering.ThrowIfCancellationRequested();
            var persons = new Person[to - from];
            for (var i = from; i < to; i++)
            {
                persons[i - from] = Person.Register(personIds[i], NumberIssuer.RegistrationNumber(nextPerson + i), rows[i].Details, targets[i].Id, now);
            }

            var keys = persons.SelectMany(p => p.SearchKeys.Select(k => (k, p.Id))).OrderBy(k => k.k.Key, StringComparer.Ordinal).ToArray();
            return new ImportBatch(persons, keys);
        }
    }
}
