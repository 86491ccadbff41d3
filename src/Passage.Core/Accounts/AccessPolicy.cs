namespace Passage.Core.Accounts;

/// <summary>
/// DESIGN.md's table of who may see what, for the data that exists so far: the one source of every read and write check.
/// Everything not granted here is denied: a role missing from a row, or a permission missing from the table, grants nothing.
/// <see cref="Grants"/> grants a permission over every record; <see cref="CountryGrants"/> grants it only over the records
/// of the actor's own country (a country delegate: the cases submitted to their country).
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
            Roles.Registration, Roles.Protection, Roles.Resettlement, Roles.Movement, Roles.Tracing, Roles.Security, Roles.Auditor, Roles.Viewer,
        ],
        [Permission.ExportPersons] = [Roles.Registration, Roles.Protection, Roles.Resettlement],
        [Permission.ImportPersons] = [Roles.Registration],
        [Permission.ReadInterviewRecord] = [Roles.Protection],
        [Permission.WriteInterviewRecord] = [Roles.Protection],
        [Permission.ReadResettlementChoice] = [Roles.Protection, Roles.Resettlement],
        [Permission.ReadPledges] = [Roles.Protection, Roles.Resettlement, Roles.Movement],
        [Permission.WritePledges] = [Roles.Resettlement],
        [Permission.DecideReferrals] = [Roles.Resettlement],
        [Permission.ManagePriorityWeights] = [Roles.Administrator],
        [Permission.HoldCases] = [Roles.Protection, Roles.Security],
        [Permission.CloseCases] = [Roles.Registration, Roles.Protection],
        [Permission.ManageMovements] = [Roles.Movement],
        [Permission.ReadMovements] = [Roles.Protection, Roles.Resettlement, Roles.Movement],
        [Permission.ConfirmArrivals] = [Roles.Movement],
        [Permission.ManageRepatriation] = [Roles.Protection],

        // Incidents: operation staff see that they happened and how many were hurt; who was hurt, only the security officer.
        [Permission.ReadIncidents] =
        [
            Roles.Registration, Roles.Protection, Roles.Resettlement, Roles.Movement, Roles.Tracing, Roles.Security, Roles.Viewer,
        ],
        [Permission.WriteIncidents] = [Roles.Security],
        [Permission.ReadCasualties] = [Roles.Security],

        // Family contact: tracing works the requests, protection reads them; security sees only who was flagged.
        [Permission.ReadFamilyRequests] = [Roles.Tracing, Roles.Protection],
        [Permission.WriteFamilyRequests] = [Roles.Tracing],
        [Permission.ReadFamilyRequestFlags] = [Roles.Security],

        // Field groups that are parts of a record rather than whole records.
        [Permission.ReadNeedsSummary] = [Roles.Registration, Roles.Protection, Roles.Resettlement],
        [Permission.ReadNeedsEscortSummary] = [Roles.Registration, Roles.Protection, Roles.Resettlement, Roles.Movement],
        [Permission.ReadDossier] = [Roles.Resettlement],
        [Permission.ReadHoldReasons] = [Roles.Protection],
        [Permission.ReadWhereabouts] = [Roles.Protection],
        [Permission.WriteWhereabouts] = [Roles.Protection],
        [Permission.ReadInternalNotes] = [Roles.Protection, Roles.Resettlement, Roles.Movement],
        [Permission.ReadStaffNames] =
        [
            Roles.Registration, Roles.Protection, Roles.Resettlement, Roles.Movement, Roles.Tracing, Roles.Security, Roles.Auditor,
        ],

        // Operation staff only: not the administrator (separation of duties), the auditor (who reviews it) or a country's delegate.
        [Permission.BreakGlass] =
        [
            Roles.Registration, Roles.Protection, Roles.Resettlement, Roles.Movement, Roles.Tracing, Roles.Security, Roles.Viewer,
        ],
        [Permission.ReviewBreakGlass] = [Roles.Auditor],
    };

    private static readonly Dictionary<Permission, string[]> CountryGrants = new()
    {
        [Permission.ReadPledges] = [Roles.CountryDelegate],
        [Permission.DecideReferrals] = [Roles.CountryDelegate],
        [Permission.ReadDossier] = [Roles.CountryDelegate],
        [Permission.ReadNeedsSummary] = [Roles.CountryDelegate],
        [Permission.ReadAggregateReports] = [Roles.CountryDelegate],
        [Permission.ReadMovements] = [Roles.CountryDelegate],
        [Permission.ConfirmArrivals] = [Roles.CountryDelegate],
    };

    /// <summary>The roles that hold a permission, over every record or over their own country's.</summary>
    public static IReadOnlyList<string> RolesFor(Permission permission) =>
        [.. Granted(Grants, permission), .. Granted(CountryGrants, permission)];

    /// <summary>Whether any of the given roles holds the permission, over every record or over their own country's.</summary>
    public static bool Allows(IEnumerable<string> roles, Permission permission) => ScopeOf(roles, permission) != AccessScope.None;

    /// <summary>How far the widest of the given roles' grants of a permission reaches.</summary>
    public static AccessScope ScopeOf(IEnumerable<string> roles, Permission permission)
    {
        var held = roles.ToList();
        if (held.Any(r => Granted(Grants, permission).Contains(r, StringComparer.Ordinal)))
        {
            return AccessScope.All;
        }

        return held.Any(r => Granted(CountryGrants, permission).Contains(r, StringComparer.Ordinal)) ? AccessScope.OwnCountry : AccessScope.None;
    }

    /// <summary>The permission that reads a field group.</summary>
    public static Permission ReadPermission(FieldGroup group) => group switch
    {
        FieldGroup.Biodata => Permission.ReadBiodata,
        FieldGroup.SpecificNeeds => Permission.ReadSpecificNeeds,
        FieldGroup.NeedsSummary => Permission.ReadNeedsSummary,
        FieldGroup.NeedsEscortSummary => Permission.ReadNeedsEscortSummary,
        FieldGroup.InterviewRecord => Permission.ReadInterviewRecord,
        FieldGroup.ResettlementChoice => Permission.ReadResettlementChoice,
        FieldGroup.Whereabouts => Permission.ReadWhereabouts,
        FieldGroup.CaseStatus => Permission.ReadCases,
        FieldGroup.CaseHistory => Permission.ReadCases,
        FieldGroup.Referrals => Permission.ReadPledges,
        FieldGroup.DecisionReasons => Permission.ReadPledges,
        FieldGroup.HoldReasons => Permission.ReadHoldReasons,
        FieldGroup.InternalNotes => Permission.ReadInternalNotes,
        FieldGroup.StaffNames => Permission.ReadStaffNames,
        FieldGroup.Audit => Permission.ReadAudit,
        FieldGroup.Movements => Permission.ReadMovements,
        FieldGroup.Casualties => Permission.ReadCasualties,
        FieldGroup.FamilyRequests => Permission.ReadFamilyRequests,
        _ => throw new ArgumentOutOfRangeException(nameof(group), group, "Not a field group."),
    };

    /// <summary>
    /// The field groups a permission's own view carries, read under that permission's grant rather than the groups' own: a
    /// dossier carries biodata and the needs summary, which is how a country delegate reads the biodata of the cases
    /// submitted to their country and of no others (DESIGN.md: "referred cases of their country only").
    /// </summary>
    public static IReadOnlyList<FieldGroup> Carries(Permission permission) => permission switch
    {
        Permission.ReadDossier => [FieldGroup.Biodata, FieldGroup.NeedsSummary],

        // A movement's passengers and manifest: the minimum field list of a manifest, to whoever reads that movement.
        Permission.ReadMovements => [FieldGroup.Biodata, FieldGroup.NeedsEscortSummary],

        // A family request's candidates: the biodata a tracing officer compares with the request (DESIGN.md: "candidates of their requests only").
        Permission.WriteFamilyRequests => [FieldGroup.Biodata],
        _ => [],
    };

    private static string[] Granted(Dictionary<Permission, string[]> table, Permission permission) =>
        table.TryGetValue(permission, out var roles) ? roles : [];
}
