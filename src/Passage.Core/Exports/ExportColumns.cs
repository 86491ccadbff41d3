using System.Globalization;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Cases;
using Passage.Core.Incidents;
using Passage.Core.Pledges;
using Passage.Core.Protection;
using Passage.Core.Registry;
using Passage.Core.Registry.Import;

namespace Passage.Core.Exports;

/// <summary>The lists that export as files.</summary>
public enum ExportList
{
    Persons = 1,
    Cases = 2,
    Audit = 3,
    Incidents = 4,
    WalkOuts = 5,
    Referrals = 6,
}

/// <summary>
/// The one place that says which columns each exported list has and which field group (<see cref="AccessPolicy"/>) each
/// reads: an actor's export holds only the columns whose group they may read over every record, so the file never holds
/// more than the lists show them. Whereabouts and casualties have no column in any list (DESIGN.md: the most dangerous data);
/// a walk-out's export leaves where the residents are now out.
/// </summary>
public static class ExportColumns
{
    /// <summary>Field groups that no export carries, whoever asks.</summary>
    public static readonly IReadOnlyList<FieldGroup> NeverExported = [FieldGroup.Whereabouts, FieldGroup.Casualties];

    public static readonly IReadOnlyList<ExportColumn<PersonLine>> Persons =
    [
        new(PersonColumns.RegistrationNumber, FieldGroup.Biodata, l => l.Person.RegistrationNumber),
        new(PersonColumns.GivenName, FieldGroup.Biodata, l => l.Person.GivenName),
        new(PersonColumns.FamilyName, FieldGroup.Biodata, l => l.Person.FamilyName),
        new(PersonColumns.FatherName, FieldGroup.Biodata, l => l.Person.FatherName ?? ""),
        new(PersonColumns.GivenNameArabic, FieldGroup.Biodata, l => l.Person.GivenNameArabic ?? ""),
        new(PersonColumns.FamilyNameArabic, FieldGroup.Biodata, l => l.Person.FamilyNameArabic ?? ""),
        new(PersonColumns.FatherNameArabic, FieldGroup.Biodata, l => l.Person.FatherNameArabic ?? ""),
        new(PersonColumns.Sex, FieldGroup.Biodata, l => l.Person.Sex.ToString()),
        new(PersonColumns.BirthDate, FieldGroup.Biodata, l => l.Person.BirthDate.ToString()),
        new(PersonColumns.CampBlock, FieldGroup.Biodata, l => l.Person.CampBlock),
        new(PersonColumns.CampUnit, FieldGroup.Biodata, l => l.Person.CampUnit),
        new(PersonColumns.Aliases, FieldGroup.Biodata, l => string.Join(PersonColumns.ListSeparator, l.Person.Aliases.Select(a => a.Name))),
        new(PersonColumns.CaseNumber, FieldGroup.CaseStatus, l => l.CaseNumber),
        new(PersonColumns.CaseStatus, FieldGroup.CaseStatus, l => l.Status.ToString()),
        new(PersonColumns.Needs, FieldGroup.SpecificNeeds, l => string.Join(PersonColumns.ListSeparator, l.Person.Needs.Select(n => n.Code))),
    ];

    public static readonly IReadOnlyList<ExportColumn<CaseRow>> Cases =
    [
        new("CaseNumber", FieldGroup.CaseStatus, c => c.CaseNumber),
        new("Status", FieldGroup.CaseStatus, c => c.Status.ToString()),
        new("Members", FieldGroup.CaseStatus, c => Number(c.Members)),
        new("Country", FieldGroup.Referrals, c => c.Country ?? ""),
        new("WaitingSince", FieldGroup.CaseHistory, c => Date(c.WaitingSince)),
    ];

    public static readonly IReadOnlyList<ExportColumn<AuditEntry>> Audit =
    [
        new("Sequence", FieldGroup.Audit, a => a.Sequence is { } s ? Number(s) : ""),
        new("At", FieldGroup.Audit, a => Time(a.At)),
        new("User", FieldGroup.Audit, a => a.UserName),
        new("Address", FieldGroup.Audit, a => a.Address ?? ""),
        new("Action", FieldGroup.Audit, a => a.Action.ToString()),
        new("RecordType", FieldGroup.Audit, a => a.EntityType),
        new("Record", FieldGroup.Audit, a => a.EntityId),
        new("Detail", FieldGroup.Audit, a => a.Detail ?? ""),
    ];

    public static readonly IReadOnlyList<ExportColumn<IncidentSummary>> Incidents =
    [
        new("OccurredAt", null, i => Time(i.OccurredAt)),
        new("Type", null, i => i.Type.ToString()),
        new("Location", null, i => i.Location),
        new("Injured", null, i => Number(i.Injured)),
        new("Killed", null, i => Number(i.Killed)),
    ];

    public static readonly IReadOnlyList<ExportColumn<WalkOutLine>> WalkOuts =
    [
        new("CaseNumber", FieldGroup.CaseStatus, w => w.CaseNumber),
        new("LeftOn", null, w => w.LeftOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new("Asks", null, w => string.Join(PersonColumns.ListSeparator, WalkOutAskLabels.Each.Where(a => w.Asks.HasFlag(a)))),
        new("ResponsibleOfficer", FieldGroup.StaffNames, w => w.ResponsibleOfficer),
        new("RecordedAt", null, w => Time(w.RecordedAt)),
    ];

    /// <summary>Referrals are the list's own group: a country's delegate exports their country's, which is all they list.</summary>
    public static readonly IReadOnlyList<ExportColumn<ReferralSummary>> Referrals =
    [
        new("CaseNumber", null, r => r.CaseNumber),
        new("Country", null, r => r.CountryCode),
        new("Persons", null, r => Number(r.Persons)),
        new("Status", null, r => r.Status.ToString()),
        new("ReferredAt", null, r => Time(r.ReferredAt)),
        new("SubmittedAt", null, r => r.SubmittedAt is { } at ? Time(at) : ""),
    ];

    /// <summary>Whether the actor may export the list at all: the list's own gate, over every record it spans.</summary>
    public static bool MayExport(Actor actor, ExportList list) => list switch
    {
        // The whole registry in a file: a grant of its own on top of reading it.
        ExportList.Persons => actor.CanEverywhere(Permission.ExportPersons) && actor.CanEverywhere(Permission.ReadBiodata),
        ExportList.Cases => actor.CanEverywhere(Permission.ReadCases),
        ExportList.Audit => actor.Can(Permission.ReadAudit),
        ExportList.Incidents => actor.Can(Permission.ReadIncidents),
        ExportList.WalkOuts => actor.MayRead(FieldGroup.Whereabouts),
        ExportList.Referrals => actor.Can(Permission.ReadPledges),
        _ => false,
    };

    /// <summary>The columns of <paramref name="columns"/> the actor may read; none when they may not export <paramref name="list"/>.</summary>
    public static IReadOnlyList<ExportColumn<TRow>> For<TRow>(Actor actor, ExportList list, IReadOnlyList<ExportColumn<TRow>> columns) =>
        !MayExport(actor, list)
            ? []
            : columns.Where(c => c.Group is not { } group || (!NeverExported.Contains(group) && actor.CanEverywhere(AccessPolicy.ReadPermission(group)))).ToList();

    /// <summary>The headers of the columns the actor's export of <paramref name="list"/> holds, in order.</summary>
    public static IReadOnlyList<string> NamesFor(Actor actor, ExportList list) => list switch
    {
        ExportList.Persons => Names(For(actor, list, Persons)),
        ExportList.Cases => Names(For(actor, list, Cases)),
        ExportList.Audit => Names(For(actor, list, Audit)),
        ExportList.Incidents => Names(For(actor, list, Incidents)),
        ExportList.WalkOuts => Names(For(actor, list, WalkOuts)),
        ExportList.Referrals => Names(For(actor, list, Referrals)),
        _ => [],
    };

    /// <summary>Every field group some column of some list reads.</summary>
    public static IEnumerable<FieldGroup> GroupsRead() =>
        new[] { Groups(Persons), Groups(Cases), Groups(Audit), Groups(Incidents), Groups(WalkOuts), Groups(Referrals) }.SelectMany(g => g).Distinct();

    private static IEnumerable<FieldGroup> Groups<TRow>(IReadOnlyList<ExportColumn<TRow>> columns) =>
        columns.Where(c => c.Group is not null).Select(c => c.Group!.Value);

    private static List<string> Names<TRow>(IReadOnlyList<ExportColumn<TRow>> columns) => columns.Select(c => c.Name).ToList();

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Date(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

/// <summary>A person with their case's number and status, as the registry export reads them.</summary>
public sealed record PersonLine(Person Person, string CaseNumber, CaseStatus Status);

/// <summary>A walk-out without where the residents are now: what its export may hold.</summary>
public sealed record WalkOutLine(string CaseNumber, DateOnly LeftOn, WalkOutAsks Asks, string ResponsibleOfficer, DateTimeOffset RecordedAt);
