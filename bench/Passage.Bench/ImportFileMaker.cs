using Passage.Core.Demo;
using Passage.Core.Exports;
using Passage.Core.Registry.Import;

namespace Passage.Bench;

/// <summary>
/// Writes a person import file of fictitious residents planned by the demo generator (Persian names in Latin letters and
/// Arabic script, aliases, specific needs): the members of each family share a family key and so one new case.
/// </summary>
internal static class ImportFileMaker
{
    private static readonly string[] Columns =
    [
        PersonColumns.GivenName, PersonColumns.FamilyName, PersonColumns.FatherName, PersonColumns.GivenNameArabic,
        PersonColumns.FamilyNameArabic, PersonColumns.FatherNameArabic, PersonColumns.Sex, PersonColumns.BirthDate,
        PersonColumns.CampBlock, PersonColumns.CampUnit, PersonColumns.Aliases, PersonColumns.Needs, PersonColumns.FamilyKey,
    ];

    public static async Task WriteAsync(string path, int persons, DateOnly today, CancellationToken ct)
    {
        var households = new DemoFamilyPlanner(new Random(DemoOperation.DefaultSeed), today).Plan(persons);
        var separator = PersonColumns.ListSeparator.ToString();
        var rows = households.SelectMany((household, h) => household.Members.Select(d => (IReadOnlyList<string>)
        [
            d.GivenName ?? "", d.FamilyName ?? "", d.FatherName ?? "", d.GivenNameArabic ?? "", d.FamilyNameArabic ?? "",
            d.FatherNameArabic ?? "", d.Sex ?? "", d.BirthDate ?? "", d.CampBlock ?? "", d.CampUnit ?? "",
            string.Join(separator, d.Aliases ?? []), string.Join(separator, d.Needs ?? []),
            household.Members.Count > 1 ? "family-" + h : "",
        ]));
        await using var file = File.Create(path);
        await TableFile.WriteAsync(file, ExportFormat.Csv, Columns, null, rows.ToAsyncEnumerable(), ct);
    }
}
