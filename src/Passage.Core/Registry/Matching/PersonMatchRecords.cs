using Passage.Matching.Comparison;
using Passage.Matching.Records;

namespace Passage.Core.Registry.Matching;

/// <summary>
/// How a person is presented to the matching engine: one record for the Latin spelling, one for the name in
/// Arabic script, and one per alias, all sharing birth date, father's name and sex. A person matches a query
/// through whichever of their records scores best.
/// </summary>
public static class PersonMatchRecords
{
    /// <summary>The records of a person; none for an anonymised one, who is found by no name.</summary>
    public static IReadOnlyList<PersonRecord> For(Person person) => person.AnonymisedAt is not null ? [] : For(
        person.Id.ToString(), person.GivenName, person.FamilyName, person.FatherName, person.GivenNameArabic, person.FamilyNameArabic,
        person.FatherNameArabic, person.Sex, person.BirthYear, person.BirthMonth, person.BirthDay, person.Aliases.Select(a => a.Name));

    public static IReadOnlyList<PersonRecord> For(ValidPersonDetails details) => For(
        "query", details.GivenName, details.FamilyName, details.FatherName, details.GivenNameArabic, details.FamilyNameArabic,
        details.FatherNameArabic, details.Sex, details.BirthDate.Year, details.BirthDate.Month, details.BirthDate.Day, details.Aliases);

    /// <summary>A free-text name typed in a search box, in either script, with nothing else known.</summary>
    public static IReadOnlyList<PersonRecord> ForName(string name) => [new PersonRecord("query", Name: name)];

    public static IReadOnlyList<PersonRecord> For(
        string id, string? given, string? family, string? father, string? givenArabic, string? familyArabic, string? fatherArabic,
        Registry.Sex sex, int birthYear, int? birthMonth, int? birthDay, IEnumerable<string> aliases)
    {
        var birth = new BirthDate(birthYear, birthMonth ?? 0, birthDay ?? 0);
        var matchSex = sex == Registry.Sex.Female ? Passage.Matching.Comparison.Sex.Female : Passage.Matching.Comparison.Sex.Male;
        var records = new List<PersonRecord>
        {
            new(id, GivenName: given, FamilyName: family, Birth: birth, Father: father ?? fatherArabic, Sex: matchSex),
        };
        if (givenArabic is not null || familyArabic is not null)
        {
            records.Add(new(id, GivenName: givenArabic, FamilyName: familyArabic, Birth: birth, Father: fatherArabic ?? father, Sex: matchSex));
        }

        records.AddRange(aliases.Select(alias => new PersonRecord(id, Name: alias, Birth: birth, Father: father ?? fatherArabic, Sex: matchSex)));
        return records;
    }

    /// <summary>The script-neutral keys of every name token of a person, space-separated, as stored with the person.</summary>
    public static string Keys(IEnumerable<PersonRecord> records) => string.Join(' ', records
        .Select(PreparedRecord.From)
        .SelectMany(r => r.Name.Tokens.Concat(r.Father.Tokens))
        .Select(t => t.Key)
        .Where(k => k.Length > 0)
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal));
}
