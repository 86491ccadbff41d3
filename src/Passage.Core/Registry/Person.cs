using Passage.Core.Registry.Matching;

namespace Passage.Core.Registry;

/// <summary>A registered resident. Belongs to exactly one case; biodata changes only through its methods.</summary>
public sealed class Person
{
    private readonly List<PersonAlias> _aliases = [];
    private readonly List<PersonNeed> _needs = [];
    private readonly List<PersonSearchKey> _searchKeys = [];

    private Person()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>Issued by the system at registration, unique in the operation, never reused.</summary>
    public string RegistrationNumber { get; private set; } = "";

    public string GivenName { get; private set; } = "";

    public string FamilyName { get; private set; } = "";

    public string? FatherName { get; private set; }

    public string? GivenNameArabic { get; private set; }

    public string? FamilyNameArabic { get; private set; }

    public string? FatherNameArabic { get; private set; }

    public Sex Sex { get; private set; }

    public int BirthYear { get; private set; }

    public int? BirthMonth { get; private set; }

    public int? BirthDay { get; private set; }

    public string CampBlock { get; private set; } = "";

    public string CampUnit { get; private set; } = "";

    public Guid CaseId { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>The script-neutral matching keys of every name, kept current on every change.</summary>
    public string NameKeys { get; private set; } = "";

    /// <summary>
    /// When a reviewer found this record to be a duplicate: the person it was merged into. A merged record keeps its
    /// history and audit but leaves every list, count and search (a query filter of the context).
    /// </summary>
    public Guid? MergedIntoId { get; private set; }

    /// <summary>
    /// When the retention job anonymised this record (<see cref="Anonymise"/>); null while it holds the person's names.
    /// </summary>
    public DateTimeOffset? AnonymisedAt { get; private set; }

    /// <summary>Concurrency token: rises by one on every change.</summary>
    public long Version { get; private set; }

    public IReadOnlyList<PersonAlias> Aliases => _aliases;

    public IReadOnlyList<PersonNeed> Needs => _needs;

    public IReadOnlyList<PersonSearchKey> SearchKeys => _searchKeys;

    public PartialDate BirthDate => PartialDate.FromParts(BirthYear, BirthMonth, BirthDay);

    public string FullName => $"{GivenName} {FamilyName}";

    public string? FullNameArabic => GivenNameArabic is null && FamilyNameArabic is null
        ? null
        : $"{GivenNameArabic} {FamilyNameArabic}".Trim();

    public static Person Register(string registrationNumber, ValidPersonDetails details, Guid caseId, DateTimeOffset now) =>
        Register(Guid.NewGuid(), registrationNumber, details, caseId, now);

    /// <summary>Registers with an id the caller chose: bulk work gives ascending ids (<see cref="Storage.OrderedIds"/>).</summary>
    internal static Person Register(Guid id, string registrationNumber, ValidPersonDetails details, Guid caseId, DateTimeOffset now)
    {
        var person = new Person
        {
            Id = id,
            RegistrationNumber = registrationNumber,
            CaseId = caseId,
            RegisteredAt = now,
        };
        person.Apply(details, now);
        return person;
    }

    /// <summary>Replaces the biodata, aliases and needs with <paramref name="details"/>.</summary>
    public void UpdateBiodata(ValidPersonDetails details, DateTimeOffset now) => Apply(details, now);

    public void MoveToCase(Guid caseId, DateTimeOffset now)
    {
        CaseId = caseId;
        Touch(now);
    }

    /// <summary>Marks this record as a duplicate of <paramref name="survivorId"/>.</summary>
    public void MergeInto(Guid survivorId, DateTimeOffset now)
    {
        if (survivorId == Id)
        {
            throw new ArgumentException("A person cannot be merged into themselves.", nameof(survivorId));
        }

        MergedIntoId = survivorId;
        Touch(now);
    }

    /// <summary>
    /// Takes on the names of <paramref name="merged"/>, a record of the same person found to be a duplicate: each of its
    /// names (Latin, Arabic script, aliases) that this person is not already known by becomes an alias, so the person is
    /// still found under the other spelling. Names compare as search tokens (case, diacritics and letter forms aside).
    /// Returns the aliases added.
    /// </summary>
    public IReadOnlyList<string> TakeNamesOf(Person merged, DateTimeOffset now)
    {
        static string Normal(string name) => string.Join(' ', PersonSearchKey.Tokens(name));
        var known = KnownNames(this).Select(Normal).ToHashSet(StringComparer.Ordinal);
        var added = new List<string>();
        foreach (var name in KnownNames(merged).Where(n => n.Length <= PersonDetails.MaxNameLength))
        {
            var normal = Normal(name);
            if (normal.Length > 0 && known.Add(normal))
            {
                _aliases.Add(new PersonAlias(name));
                added.Add(name);
            }
        }

        if (added.Count > 0)
        {
            RefreshKeys();
            Touch(now);
        }

        return added;
    }

    private static IEnumerable<string> KnownNames(Person person) =>
        new[] { person.FullName.Trim(), person.FullNameArabic }.Concat(person.Aliases.Select(a => a.Name)).OfType<string>();

    /// <summary>What an anonymised record shows in place of the given name, so every list still has a line for it.</summary>
    public const string AnonymisedName = "Anonymised";

    /// <summary>
    /// Removes what identifies the person once their record's retention period has ended: names in both scripts, father's
    /// name, aliases, the search and matching keys, birth month and day, camp address and the notes of specific needs.
    /// Keeps what the aggregate figures count: sex, birth year, case, need codes and dates. Anonymising twice changes nothing.
    /// </summary>
    public void Anonymise(DateTimeOffset now)
    {
        if (AnonymisedAt is not null)
        {
            return;
        }

        GivenName = AnonymisedName;
        FamilyName = "";
        FatherName = null;
        GivenNameArabic = null;
        FamilyNameArabic = null;
        FatherNameArabic = null;
        BirthMonth = null;
        BirthDay = null;
        CampBlock = "";
        CampUnit = "";
        _aliases.Clear();
        _searchKeys.Clear();
        NameKeys = "";
        var noted = _needs.Where(n => n.Note is not null).ToList();
        foreach (var need in noted)
        {
            _needs.Remove(need);
            _needs.Add(new PersonNeed(need.Code, null));
        }

        AnonymisedAt = now;
        Touch(now);
    }

    public bool IsAdultOn(DateOnly today) => BirthDate.AgeOn(today) >= 18;

    private void Apply(ValidPersonDetails details, DateTimeOffset now)
    {
        GivenName = details.GivenName;
        FamilyName = details.FamilyName;
        FatherName = details.FatherName;
        GivenNameArabic = details.GivenNameArabic;
        FamilyNameArabic = details.FamilyNameArabic;
        FatherNameArabic = details.FatherNameArabic;
        Sex = details.Sex;
        BirthYear = details.BirthDate.Year;
        BirthMonth = details.BirthDate.Month;
        BirthDay = details.BirthDate.Day;
        CampBlock = details.CampBlock;
        CampUnit = details.CampUnit;

        _aliases.RemoveAll(a => !details.Aliases.Contains(a.Name, StringComparer.Ordinal));
        foreach (var alias in details.Aliases.Where(a => _aliases.All(x => x.Name != a)))
        {
            _aliases.Add(new PersonAlias(alias));
        }

        _needs.RemoveAll(n => !details.Needs.Contains(n.Code, StringComparer.Ordinal));
        foreach (var need in details.Needs.Where(n => _needs.All(x => x.Code != n)))
        {
            _needs.Add(new PersonNeed(need, null));
        }

        RefreshKeys();
        Touch(now);
    }

    private void RefreshKeys()
    {
        NameKeys = PersonMatchRecords.Keys(PersonMatchRecords.For(this));
        var keys = PersonSearchKey.For(this).ToHashSet(StringComparer.Ordinal);
        _searchKeys.RemoveAll(k => !keys.Contains(k.Key));
        foreach (var key in keys.Where(k => _searchKeys.All(x => x.Key != k)))
        {
            _searchKeys.Add(new PersonSearchKey(key));
        }
    }

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version++;
    }
}
