namespace Passage.Core.Accounts;

/// <summary>The roles of DESIGN.md. A user may hold several; the administrator reads no case data by that role alone.</summary>
public static class Roles
{
    public const string Administrator = "Administrator";
    public const string Registration = "Registration";
    public const string Protection = "Protection";
    public const string Resettlement = "Resettlement";
    public const string Movement = "Movement";
    public const string CountryDelegate = "CountryDelegate";
    public const string Tracing = "Tracing";
    public const string Security = "Security";
    public const string Auditor = "Auditor";
    public const string Viewer = "Viewer";

    public static readonly IReadOnlyList<string> All =
    [
        Administrator, Registration, Protection, Resettlement, Movement, CountryDelegate, Tracing, Security, Auditor, Viewer,
    ];

    /// <summary>The label shown to people for a role.</summary>
    public static string Label(string role) => role switch
    {
        CountryDelegate => "Country delegate",
        _ => role,
    };
}
