namespace Passage.Core.Accounts;

/// <summary>
/// DESIGN.md's table of who may see what, for the data that exists so far. Everything not granted here is denied:
/// a role missing from a row, or a permission missing from the table, grants nothing.
/// </summary>
public static class AccessPolicy
{
    private static readonly Dictionary<Permission, string[]> Grants = new()
    {
        [Permission.ReadBiodata] = [Roles.Registration, Roles.Protection, Roles.Resettlement, Roles.Movement, Roles.Security],
        [Permission.WriteBiodata] = [Roles.Registration],
        [Permission.ReadSpecificNeeds] = [Roles.Registration, Roles.Protection, Roles.Resettlement],
        [Permission.WriteSpecificNeeds] = [Roles.Registration, Roles.Protection],
        [Permission.ReadCases] = [Roles.Registration, Roles.Protection, Roles.Resettlement, Roles.Movement, Roles.Security],
        [Permission.ManageCaseMembers] = [Roles.Registration],
        [Permission.ReadAudit] = [Roles.Auditor],
        [Permission.ManageUsers] = [Roles.Administrator],
        [Permission.ReadAggregateReports] =
        [
            Roles.Registration, Roles.Protection, Roles.Resettlement, Roles.Movement, Roles.CountryDelegate, Roles.Tracing,
            Roles.Security, Roles.Auditor, Roles.Viewer,
        ],
        [Permission.ExportPersons] = [Roles.Registration, Roles.Protection, Roles.Resettlement],
        [Permission.ImportPersons] = [Roles.Registration],
        [Permission.ReadInterviewRecord] = [Roles.Protection],
        [Permission.WriteInterviewRecord] = [Roles.Protection],
        [Permission.ReadResettlementChoice] = [Roles.Protection, Roles.Resettlement],
        [Permission.ReadPledges] = [Roles.Protection, Roles.Resettlement, Roles.Movement, Roles.CountryDelegate],
        [Permission.WritePledges] = [Roles.Resettlement],
        [Permission.DecideReferrals] = [Roles.Resettlement, Roles.CountryDelegate],
        [Permission.ManagePriorityWeights] = [Roles.Administrator],

        // Operation staff only: not the administrator (separation of duties), the auditor (who reviews it) or a country's delegate.
        [Permission.BreakGlass] =
        [
            Roles.Registration, Roles.Protection, Roles.Resettlement, Roles.Movement, Roles.Tracing, Roles.Security, Roles.Viewer,
        ],
        [Permission.ReviewBreakGlass] = [Roles.Auditor],
    };

    /// <summary>The roles that hold a permission.</summary>
    public static IReadOnlyList<string> RolesFor(Permission permission) =>
        Grants.TryGetValue(permission, out var roles) ? roles : [];

    /// <summary>Whether any of the given roles holds the permission.</summary>
    public static bool Allows(IEnumerable<string> roles, Permission permission) =>
        Grants.TryGetValue(permission, out var granted) && roles.Any(r => granted.Contains(r, StringComparer.Ordinal));
}
