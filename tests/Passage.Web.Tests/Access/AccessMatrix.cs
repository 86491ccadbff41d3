using Passage.Core.Accounts;

namespace Passage.Web.Tests.Access;

/// <summary>What a route's <c>{id}</c> names in the matrix.</summary>
public enum MatrixTarget
{
    None,
    Person,
    Case,
    Referral,
    Pledge,
    Scan,
    User,
    Movement,
    Incident,
    Casualty,
    FamilyRequest,
    Verification,
    ScreeningList,
    Hit,
}

/// <summary>
/// One endpoint or page of the access matrix. <see cref="Gate"/> is the permission (from <see cref="AccessPolicy"/>) without
/// which the caller is refused, whatever refuses them (the endpoint's policy or the use case); null means any signed-in user.
/// <see cref="Describes"/> marks a description of the API itself, which names values (statuses) but holds no record.
/// <see cref="Shows"/> are the field groups the answer must show to whoever may read them; every other group is only checked
/// not to leak. <see cref="Embeds"/> names a view the page also shows, whose groups it carries (a country delegate's case page
/// shows the dossier's members). A write is sent an empty body and checked for refusal or not only.
/// </summary>
public sealed record MatrixRow(
    string Method,
    string Pattern,
    MatrixKind Kind,
    Permission? Gate,
    MatrixTarget Target = MatrixTarget.None,
    FieldGroup[]? Shows = null,
    bool Write = false,
    bool Anonymous = false,
    bool Describes = false,
    string Query = "",
    int[]? Allowed = null,
    Permission? Embeds = null)
{
    public string Key => $"{Method} {Pattern}";

    public IReadOnlyList<FieldGroup> Showing => Shows ?? [];
}

/// <summary>Every endpoint and page of the application, with what the table of <see cref="AccessPolicy"/> says about it.</summary>
public static class AccessMatrix
{
    private const string Get = "GET";
    private const string Post = "POST";

    private static readonly FieldGroup[] History =
    [
        FieldGroup.CaseStatus, FieldGroup.HoldReasons, FieldGroup.DecisionReasons, FieldGroup.InternalNotes, FieldGroup.StaffNames,
    ];

    private static readonly FieldGroup[] Person =
    [
        FieldGroup.Biodata, FieldGroup.SpecificNeeds, FieldGroup.NeedsEscortSummary, .. History,
    ];

    public static readonly IReadOnlyList<MatrixRow> Rows =
    [
        Api(Get, "/api/v1/me", null),
        Api(Get, "/api/v1/persons/", Permission.ReadBiodata, shows: [FieldGroup.Biodata, FieldGroup.CaseStatus]),
        Api(Get, "/api/v1/persons/search", Permission.ReadBiodata, shows: [FieldGroup.Biodata, FieldGroup.CaseStatus], query: "?q=Shirin"),
        Api(Get, "/api/v1/persons/{id:guid}", Permission.ReadBiodata, MatrixTarget.Person, Person),
        Api(Get, "/api/v1/registration-numbers/{number}", Permission.ReadBiodata, MatrixTarget.Person, Person),
        Write(Post, "/api/v1/persons/", Permission.WriteBiodata),
        Write(Post, "/api/v1/persons/duplicates", Permission.WriteBiodata),
        Write("PUT", "/api/v1/persons/{id:guid}", Permission.WriteBiodata, MatrixTarget.Person),
        Write(Post, "/api/v1/persons/{id:guid}/case", Permission.ManageCaseMembers, MatrixTarget.Person),
        Api(Get, "/api/v1/persons/{id:guid}/family-links/", Permission.WriteBiodata, MatrixTarget.Person),
        Write(Post, "/api/v1/persons/{id:guid}/family-links/", Permission.WriteBiodata, MatrixTarget.Person),
        Write("DELETE", "/api/v1/persons/{id:guid}/family-links/{relatedId:guid}", Permission.WriteBiodata),
        Api(Get, "/api/v1/cases/{id:guid}", Permission.ReadCases, MatrixTarget.Case, [FieldGroup.Biodata, .. History]),
        Api(Get, "/api/v1/case-numbers/{number}", Permission.ReadCases, MatrixTarget.Case, [FieldGroup.Biodata, .. History]),
        Api(Get, "/api/v1/cases/{id:guid}/history", Permission.ReadCases, MatrixTarget.Case, History),
        Api(Get, "/api/v1/cases/{id:guid}/transitions", Permission.ReadCases, MatrixTarget.Case),
        Write(Post, "/api/v1/cases/{id:guid}/transitions", Permission.ReadCases, MatrixTarget.Case),
        Api(Get, "/api/v1/cases/{id:guid}/referrals", Permission.ReadPledges, MatrixTarget.Case,
            [FieldGroup.Referrals, FieldGroup.DecisionReasons, FieldGroup.InternalNotes, FieldGroup.StaffNames, FieldGroup.CaseStatus]),
        Api(Get, "/api/v1/cases/{id:guid}/interviews", Permission.ReadResettlementChoice, MatrixTarget.Case,
            [FieldGroup.ResettlementChoice, FieldGroup.InterviewRecord]),
        Api(Get, "/api/v1/referrals/", Permission.ReadPledges, shows: [FieldGroup.Referrals]),
        Write(Post, "/api/v1/referrals/", Permission.WritePledges),
        Write(Post, "/api/v1/referrals/{id:guid}/submission", Permission.WritePledges, MatrixTarget.Referral),
        Write(Post, "/api/v1/referrals/{id:guid}/decisions", Permission.DecideReferrals, MatrixTarget.Referral),
        Write(Post, "/api/v1/referrals/{id:guid}/clearances", Permission.WritePledges, MatrixTarget.Referral),
        Write(Post, "/api/v1/referrals/{id:guid}/withdrawal", Permission.WritePledges, MatrixTarget.Referral),
        Api(Get, "/api/v1/referrals/{id:guid}/dossier.json", Permission.ReadDossier, MatrixTarget.Referral, [FieldGroup.Biodata, FieldGroup.NeedsSummary]),
        Api(Get, "/api/v1/referrals/{id:guid}/dossier.pdf", Permission.ReadDossier, MatrixTarget.Referral),
        Api(Get, "/api/v1/pledges/", Permission.ReadPledges, shows: [FieldGroup.Referrals, FieldGroup.StaffNames]),
        Write(Post, "/api/v1/pledges/", Permission.WritePledges),
        Write(Post, "/api/v1/pledges/{id:guid}/raises", Permission.WritePledges, MatrixTarget.Pledge),
        Api(Get, "/api/v1/referral-queue", Permission.WritePledges, shows: [FieldGroup.InterviewRecord]),
        Api(Get, "/api/v1/persons/{id:guid}/interviews", Permission.ReadResettlementChoice, MatrixTarget.Person,
            [FieldGroup.Biodata, FieldGroup.ResettlementChoice, FieldGroup.InterviewRecord]),
        Write(Post, "/api/v1/persons/{id:guid}/interviews", Permission.WriteInterviewRecord, MatrixTarget.Person),
        Write(Post, "/api/v1/third-party-lists", Permission.WriteInterviewRecord),
        Api(Get, "/api/v1/protection-flags", Permission.ReadInterviewRecord),
        Write(Post, "/api/v1/protection-flags/{key}/done", Permission.WriteInterviewRecord),
        Api(Get, "/api/v1/movements/", Permission.ReadMovements, shows: [FieldGroup.Movements]),
        Write(Post, "/api/v1/movements/", Permission.ManageMovements),
        Api(Get, "/api/v1/movements/{id:guid}", Permission.ReadMovements, MatrixTarget.Movement, [FieldGroup.Movements]),
        Write("PUT", "/api/v1/movements/{id:guid}", Permission.ManageMovements),
        Write(Post, "/api/v1/movements/{id:guid}/confirmation", Permission.ManageMovements),
        Write(Post, "/api/v1/movements/{id:guid}/cancellation", Permission.ManageMovements),
        Write(Post, "/api/v1/movements/{id:guid}/bookings", Permission.ManageMovements),
        Write(Post, "/api/v1/movements/{id:guid}/passengers/{personId:guid}/check-in", Permission.ManageMovements),
        Write(Post, "/api/v1/movements/{id:guid}/passengers/{personId:guid}/no-show", Permission.ManageMovements),
        Write(Post, "/api/v1/movements/{id:guid}/passengers/{personId:guid}/departure", Permission.ManageMovements),
        Write(Post, "/api/v1/movements/{id:guid}/passengers/{personId:guid}/arrival", Permission.ConfirmArrivals),
        Write(Post, "/api/v1/movements/{id:guid}/manifests", Permission.ManageMovements),
        Api(Get, "/api/v1/movements/{id:guid}/manifests/{number:int}", Permission.ReadMovements, MatrixTarget.Movement, query: "?format=Csv"),
        Api(Get, "/api/v1/cases/{id:guid}/movements", Permission.ReadMovements, MatrixTarget.Case),
        Api(Get, "/api/v1/movement-plan/proposal", Permission.ManageMovements),
        Write(Post, "/api/v1/movement-plan/acceptance", Permission.ManageMovements),
        Write("PUT", "/api/v1/persons/{id:guid}/travel-document", Permission.ManageMovements, MatrixTarget.Person),
        Api(Get, "/api/v1/walk-outs/", Permission.ReadWhereabouts, shows: [FieldGroup.Whereabouts]),
        Api(Get, "/api/v1/cases/{id:guid}/walk-out", Permission.ReadWhereabouts, MatrixTarget.Case, [FieldGroup.Whereabouts]),
        Write(Post, "/api/v1/cases/{id:guid}/walk-out", Permission.WriteWhereabouts, MatrixTarget.Case),
        Api(Get, "/api/v1/repatriations/", Permission.ManageRepatriation),
        Write(Post, "/api/v1/cases/{id:guid}/repatriation", Permission.ManageRepatriation, MatrixTarget.Case),
        Write(Post, "/api/v1/cases/{id:guid}/repatriation/progress", Permission.ManageRepatriation, MatrixTarget.Case),
        Write(Post, "/api/v1/cases/{id:guid}/repatriation/departure", Permission.ManageMovements, MatrixTarget.Case),
        Api(Get, "/api/v1/audit/", Permission.ReadAudit),
        Api(Get, "/api/v1/priority-weights/", Permission.ManagePriorityWeights),
        Write("PUT", "/api/v1/priority-weights/", Permission.ManagePriorityWeights),
        Write(Post, "/api/v1/duplicate-scans/", Permission.WriteBiodata),
        Api(Get, "/api/v1/duplicate-scans/latest", Permission.WriteBiodata),
        Api(Get, "/api/v1/duplicate-scans/{id:long}", Permission.WriteBiodata, MatrixTarget.Scan),
        Api(Get, "/api/v1/duplicate-reviews/", Permission.WriteBiodata),
        Write(Post, "/api/v1/duplicate-reviews/{id:long}/decision", Permission.WriteBiodata),
        Api(Get, "/api/v1/me/tokens/", null),
        Write(Post, "/api/v1/me/tokens/", null),
        Write("DELETE", "/api/v1/me/tokens/{id:guid}", null),
        Api(Get, "/openapi/{documentName}.json", null) with { Describes = true },
        Write(Post, "/api/v1/break-glass/", Permission.BreakGlass),
        Api(Get, "/api/v1/break-glass/", Permission.ReviewBreakGlass),
        Write(Post, "/api/v1/break-glass/{id:guid}/review", Permission.ReviewBreakGlass),
        Api(Get, "/api/v1/incidents/", Permission.ReadIncidents),
        Api(Get, "/api/v1/incidents/{id:guid}", Permission.ReadIncidents, MatrixTarget.Incident, [FieldGroup.Casualties]),
        Api(Get, "/api/v1/casualties/{id:guid}", Permission.ReadCasualties, MatrixTarget.Casualty, [FieldGroup.Casualties]),
        Write(Post, "/api/v1/incidents/", Permission.WriteIncidents),
        Write(Post, "/api/v1/incidents/{id:guid}/casualties", Permission.WriteIncidents, MatrixTarget.Incident),
        Api(Get, "/api/v1/verification-requests/", Permission.RequestVerification),
        Write(Post, "/api/v1/verification-requests/", Permission.RequestVerification),
        Api(Get, "/api/v1/verification-requests/{id:guid}", Permission.RequestVerification, MatrixTarget.Verification),
        Api(Get, "/api/v1/verification-reviews/", Permission.AnswerVerification),
        Api(Get, "/api/v1/verification-reviews/{id:guid}", Permission.AnswerVerification, MatrixTarget.Verification),
        Write(Post, "/api/v1/verification-reviews/{id:guid}/answer", Permission.AnswerVerification, MatrixTarget.Verification),
        Api(Get, "/api/v1/screening-lists/", Permission.ScreenAgainstLists),
        Write(Post, "/api/v1/screening-lists/", Permission.ScreenAgainstLists),
        Write(Post, "/api/v1/screening-lists/{id:guid}/versions", Permission.ScreenAgainstLists, MatrixTarget.ScreeningList),
        Write(Post, "/api/v1/screening-lists/screening", Permission.ScreenAgainstLists),
        Api(Get, "/api/v1/screening-hits/", Permission.ScreenAgainstLists, shows: [FieldGroup.Biodata]),
        Api(Get, "/api/v1/screening-hits/{id:long}", Permission.ScreenAgainstLists, MatrixTarget.Hit, [FieldGroup.Biodata]),
        Write(Post, "/api/v1/screening-hits/{id:long}/adjudication", Permission.ScreenAgainstLists, MatrixTarget.Hit),
        // Files: a status is not a JSON string there, so only the names are looked for; every group is still checked not to leak.
        Api(Get, "/api/v1/exports/persons", Permission.ExportPersons, shows: [FieldGroup.Biodata]),
        Api(Get, "/api/v1/exports/cases", Permission.ReadCases),
        Api(Get, "/api/v1/exports/audit", Permission.ReadAudit),
        Api(Get, "/api/v1/exports/incidents", Permission.ReadIncidents),
        Api(Get, "/api/v1/exports/walk-outs", Permission.ReadWhereabouts),
        Api(Get, "/api/v1/exports/referrals", Permission.ReadPledges),
        Api(Get, "/api/v1/exports/aggregates/{table}", Permission.ReadAggregateReports, query: "?hxl=true"),
        Api(Get, "/api/v1/family-requests/", Permission.ReadFamilyRequests, shows: [FieldGroup.FamilyRequests]),
        Write(Post, "/api/v1/family-requests/", Permission.WriteFamilyRequests),
        Api(Get, "/api/v1/family-requests/{id:guid}", Permission.ReadFamilyRequests, MatrixTarget.FamilyRequest, [FieldGroup.FamilyRequests]),
        Api(Get, "/api/v1/family-requests/{id:guid}/candidates", Permission.WriteFamilyRequests, MatrixTarget.FamilyRequest, [FieldGroup.Biodata]),
        Api(Get, "/api/v1/family-requests/{id:guid}/answer", Permission.ReadFamilyRequests, MatrixTarget.FamilyRequest),
        Write(Post, "/api/v1/family-requests/{id:guid}/candidate", Permission.WriteFamilyRequests, MatrixTarget.FamilyRequest),
        Write(Post, "/api/v1/family-requests/{id:guid}/consent", Permission.WriteFamilyRequests, MatrixTarget.FamilyRequest),
        Write(Post, "/api/v1/family-requests/{id:guid}/consent-withdrawal", Permission.WriteFamilyRequests, MatrixTarget.FamilyRequest),
        Write(Post, "/api/v1/family-requests/{id:guid}/contacts", Permission.WriteFamilyRequests, MatrixTarget.FamilyRequest),
        Api(Get, "/api/v1/family-request-flags/", Permission.ReadFamilyRequestFlags),
        new(Get, "/health", MatrixKind.Api, null, Anonymous: true),
        new(Get, "/health/live", MatrixKind.Api, null, Anonymous: true),
        new(Get, "/health/ready", MatrixKind.Api, null, Anonymous: true),
        new(Get, "/{*path:nonfile}", MatrixKind.Api, null, Allowed: [404]),

        Page("/", null) with { Allowed = [200, 302] },
        Page("/Persons", Permission.ReadBiodata, shows: [FieldGroup.Biodata, FieldGroup.CaseStatus]),
        Page("/Persons/{id:guid}", Permission.ReadBiodata, MatrixTarget.Person, Person),
        Page("/Persons/{id:guid}/Edit", Permission.WriteBiodata, MatrixTarget.Person, [FieldGroup.Biodata]),
        Page("/Persons/{id:guid}/MoveCase", Permission.ManageCaseMembers, MatrixTarget.Person, [FieldGroup.Biodata]),
        Page("/Persons/{id:guid}/FamilyLinks", Permission.WriteBiodata, MatrixTarget.Person, [FieldGroup.Biodata]),
        Page("/Persons/{id:guid}/Interviews", Permission.ReadResettlementChoice, MatrixTarget.Person,
            [FieldGroup.Biodata, FieldGroup.ResettlementChoice, FieldGroup.InterviewRecord]),
        Page("/Persons/Register", Permission.WriteBiodata),
        Page("/Duplicates", Permission.WriteBiodata),
        Page("/Cases", Permission.ReadCases, shows: [FieldGroup.CaseStatus]),

        // A supervisor's view only: the matrix's users are not supervisors (TeamPageTests).
        Page("/Team", Permission.ReadCases) with { Allowed = [404] },
        Page("/Cases/{id:guid}", Permission.ReadCases, MatrixTarget.Case, [FieldGroup.Biodata, .. History]),
        Page("/Cases/{id:guid}/Referrals", Permission.ReadPledges, MatrixTarget.Case,
            [FieldGroup.DecisionReasons, FieldGroup.InternalNotes, FieldGroup.StaffNames, FieldGroup.CaseStatus, FieldGroup.ResettlementChoice]) with { Embeds = Permission.ReadDossier },
        Page("/Referrals", Permission.ReadPledges, shows: [FieldGroup.Referrals]) with { Query = "?status=" },
        Page("/Referrals/Queue", Permission.WritePledges, shows: [FieldGroup.InterviewRecord]),
        Page("/Referrals/{id:guid}/Dossier", Permission.ReadDossier, MatrixTarget.Referral, [FieldGroup.Biodata, FieldGroup.NeedsSummary]) with { Query = "?format=json" },
        Page("/Pledges", Permission.ReadPledges, shows: [FieldGroup.Referrals]),
        Page("/Interviews/Flags", Permission.ReadInterviewRecord),
        Page("/Movements", Permission.ReadMovements, shows: [FieldGroup.Movements]),
        Page("/Movements/Planner", Permission.ManageMovements) with { Query = "?propose=true" },
        Page("/Movements/{id:guid}", Permission.ReadMovements, MatrixTarget.Movement, [FieldGroup.Movements]),
        Page("/Movements/{id:guid}/Manifest/{number:int}", Permission.ReadMovements, MatrixTarget.Movement) with { Query = "?format=Csv" },
        Page("/Cases/{id:guid}/Movements", Permission.ReadMovements, MatrixTarget.Case),
        Page("/Protection/WalkOuts", Permission.ReadWhereabouts, shows: [FieldGroup.Whereabouts]),
        Page("/Protection/Returns", Permission.ManageRepatriation),
        Page("/FamilyContact", Permission.ReadFamilyRequests, shows: [FieldGroup.FamilyRequests]),
        Page("/FamilyContact/New", Permission.WriteFamilyRequests),
        Page("/FamilyContact/{id:guid}", Permission.ReadFamilyRequests, MatrixTarget.FamilyRequest, [FieldGroup.FamilyRequests]) with { Embeds = Permission.WriteFamilyRequests },
        Page("/FamilyContact/{id:guid}/Answer", Permission.ReadFamilyRequests, MatrixTarget.FamilyRequest),
        Page("/FamilyContact/Flags", Permission.ReadFamilyRequestFlags),
        Page("/Dashboard", Permission.ReadAggregateReports),
        Page("/Reports/Public", Permission.ReadAggregateReports),
        Page("/Incidents", Permission.ReadIncidents),
        Page("/Incidents/{id:guid}", Permission.ReadIncidents, MatrixTarget.Incident, [FieldGroup.Casualties]),
        Page("/Verification", Permission.RequestVerification),
        Page("/Verification/New", Permission.RequestVerification),
        Page("/Verification/{id:guid}", Permission.RequestVerification, MatrixTarget.Verification),
        Page("/Verification/Reviews", Permission.AnswerVerification),
        Page("/Verification/Reviews/{id:guid}", Permission.AnswerVerification, MatrixTarget.Verification),
        Page("/Screening", Permission.ScreenAgainstLists),
        Page("/Screening/Hits", Permission.ScreenAgainstLists, shows: [FieldGroup.Biodata]),
        Page("/Screening/Hits/{id:long}", Permission.ScreenAgainstLists, MatrixTarget.Hit, [FieldGroup.Biodata]),
        Page("/Casualties/{id:guid}", Permission.ReadCasualties, MatrixTarget.Casualty, [FieldGroup.Casualties]),
        Page("/Audit", Permission.ReadAudit),
        Page("/Audit/BreakGlass", Permission.ReviewBreakGlass),
        Page("/Audit/RoleChanges", Permission.ReadAudit),

        // A role that opens the record already is sent to it.
        Page("/BreakGlass/{kind}/{id:guid}", Permission.BreakGlass, MatrixTarget.Person) with { Allowed = [200, 302] },
        Page("/Admin/Users", Permission.ManageUsers),
        Page("/Admin/AddUser", Permission.ManageUsers),
        Page("/Admin/Users/{id}", Permission.ManageUsers, MatrixTarget.User),
        Page("/Admin/Priorities", Permission.ManagePriorityWeights),
        Page("/Admin/RoleRequests", Permission.ManageUsers),
        Page("/Account/Tokens", null),
        Page("/Account/Password", null),
        Page("/Account/SignOut", null),
        Page("/Account/SignIn", null) with { Anonymous = true },
        Page("/Account/Denied", null) with { Anonymous = true },
        Page("/Error", null) with { Anonymous = true },
        Page("/Status/{code:int}", null) with { Anonymous = true },
    ];

    private static MatrixRow Api(string method, string pattern, Permission? gate, MatrixTarget target = MatrixTarget.None, FieldGroup[]? shows = null, string query = "") =>
        new(method, pattern, MatrixKind.Api, gate, target, shows, Query: query);

    private static MatrixRow Write(string method, string pattern, Permission? gate, MatrixTarget target = MatrixTarget.None) =>
        new(method, pattern, MatrixKind.Api, gate, target, Write: true);

    private static MatrixRow Page(string pattern, Permission? gate, MatrixTarget target = MatrixTarget.None, FieldGroup[]? shows = null) =>
        new(Get, pattern, MatrixKind.Page, gate, target, shows);
}
