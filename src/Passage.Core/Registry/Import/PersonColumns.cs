namespace Passage.Core.Registry.Import;

/// <summary>
/// The column names of person files, the same for import and export so that an export can be imported elsewhere.
/// They are the names of the <see cref="PersonDetails"/> fields; lists inside a cell are separated by <see cref="ListSeparator"/>.
/// </summary>
public static class PersonColumns
{
    public const char ListSeparator = ';';

    public const string RegistrationNumber = nameof(RegistrationNumber);
    public const string GivenName = nameof(PersonDetails.GivenName);
    public const string FamilyName = nameof(PersonDetails.FamilyName);
    public const string FatherName = nameof(PersonDetails.FatherName);
    public const string GivenNameArabic = nameof(PersonDetails.GivenNameArabic);
    public const string FamilyNameArabic = nameof(PersonDetails.FamilyNameArabic);
    public const string FatherNameArabic = nameof(PersonDetails.FatherNameArabic);
    public const string Sex = nameof(PersonDetails.Sex);
    public const string BirthDate = nameof(PersonDetails.BirthDate);
    public const string CampBlock = nameof(PersonDetails.CampBlock);
    public const string CampUnit = nameof(PersonDetails.CampUnit);
    public const string Aliases = nameof(PersonDetails.Aliases);
    public const string Needs = nameof(PersonDetails.Needs);
    public const string CaseNumber = nameof(CaseNumber);
    public const string CaseStatus = nameof(CaseStatus);

    /// <summary>Groups the rows of one file into one new case.</summary>
    public const string FamilyKey = nameof(FamilyKey);

    /// <summary>Columns an import file must have.</summary>
    public static readonly IReadOnlyList<string> Required = [GivenName, FamilyName, Sex, BirthDate, CampBlock, CampUnit];

    /// <summary>Every column an import file may have.</summary>
    public static readonly IReadOnlyList<string> Importable =
    [
        GivenName, FamilyName, FatherName, GivenNameArabic, FamilyNameArabic, FatherNameArabic, Sex, BirthDate, CampBlock, CampUnit,
        Aliases, Needs, CaseNumber, FamilyKey,
    ];
}
