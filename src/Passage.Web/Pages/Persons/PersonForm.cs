using Passage.Core.Registry;

namespace Passage.Web.Pages.Persons;

/// <summary>What the registration and edit forms post: text as typed, checked by the use case, never by the page.</summary>
public sealed class PersonForm
{
    public string? GivenName { get; set; }

    public string? FamilyName { get; set; }

    public string? FatherName { get; set; }

    public string? GivenNameArabic { get; set; }

    public string? FamilyNameArabic { get; set; }

    public string? FatherNameArabic { get; set; }

    public string? Sex { get; set; }

    public string? BirthDate { get; set; }

    public string? CampBlock { get; set; }

    public string? CampUnit { get; set; }

    /// <summary>One alias a line.</summary>
    public string? Aliases { get; set; }

    public List<string> Needs { get; set; } = [];

    /// <summary>The bound names of the fields in the order the form shows them, for the error summary.</summary>
    public static IReadOnlyList<string> FieldOrder { get; } = [.. new[]
    {
        nameof(GivenName), nameof(FamilyName), nameof(FatherName), nameof(GivenNameArabic), nameof(FamilyNameArabic), nameof(FatherNameArabic),
        nameof(Sex), nameof(BirthDate), nameof(CampBlock), nameof(CampUnit), nameof(Aliases), nameof(Needs),
    }.Select(field => "Form." + field)];

    public PersonDetails ToDetails() => new(
        GivenName, FamilyName, FatherName, GivenNameArabic, FamilyNameArabic, FatherNameArabic, Sex, BirthDate, CampBlock, CampUnit,
        (Aliases ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), Needs);

    public static PersonForm From(PersonView person) => new()
    {
        GivenName = person.GivenName,
        FamilyName = person.FamilyName,
        FatherName = person.FatherName,
        GivenNameArabic = person.GivenNameArabic,
        FamilyNameArabic = person.FamilyNameArabic,
        FatherNameArabic = person.FatherNameArabic,
        Sex = person.Sex.ToString(),
        BirthDate = person.BirthDate,
        CampBlock = person.CampBlock,
        CampUnit = person.CampUnit,
        Aliases = string.Join('\n', person.Aliases),
        Needs = person.Needs?.Select(n => n.Code).ToList() ?? [],
    };
}
