using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passage.Core.Accounts;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.FamilyContact;
using Passage.Core.Incidents;
using Passage.Core.Interviews;
using Passage.Core.Movements;
using Passage.Core.Pledges;
using Passage.Core.Protection;
using Passage.Core.Registry;
using Passage.Core.Registry.Matching;

namespace Passage.Web.Tests.Access;

/// <summary>One seeded record of the access matrix: a family referred to a country, or a case waiting in the referral queue.</summary>
public sealed record MatrixRecord(string Name, string? Country, Guid PersonId, Guid CaseId, Guid? ReferralId, Guid? PledgeId, Guid? MovementId = null)
{
    public string RegistrationNumber { get; init; } = "";

    public string CaseNumber { get; init; } = "";
}

/// <summary>
/// A text that shows one field group of one record, and only that: the matrix expects it in a response exactly when the
/// response shows that group and the caller may read it. <see cref="Author"/> is the role whose matrix user wrote it (their own record).
/// <see cref="Only"/> limits it to the API or to the pages when the two show the group differently.
/// </summary>
public sealed record Marker(string Record, FieldGroup Group, string Text, string? Author = null, MatrixKind? Only = null);

public enum MatrixKind
{
    Api,
    Page,
}

/// <summary>
/// The operation the access matrix runs against: one user per role (the country delegate of DE), record A referred to DE and
/// record B referred to AL (both decided, cleared, held twice and then left the camp), each with a movement to its country, and
/// record Q waiting in the referral queue.
/// Every step runs through the use cases, as staff accounts whose names are markers themselves.
/// </summary>
public sealed class AccessScene
{
    public const string DelegateCountry = "DE";

    private readonly PassageWebFactory _factory;
    private readonly List<Marker> _markers = [];

    private AccessScene(PassageWebFactory factory) => _factory = factory;

    public IReadOnlyDictionary<string, MatrixRecord> Records { get; private set; } = new Dictionary<string, MatrixRecord>();

    public IReadOnlyList<Marker> Markers => _markers;

    /// <summary>The matrix user of each role, by role.</summary>
    public Dictionary<string, PassageUser> Users { get; } = new(StringComparer.Ordinal);

    public long ScanId { get; private set; }

    /// <summary>An incident in which record Q was injured.</summary>
    public Guid IncidentId { get; private set; }

    /// <summary>Record Q as a casualty of <see cref="IncidentId"/>.</summary>
    public Guid CasualtyId { get; private set; }

    /// <summary>A family contact request seeking record Q, received by the tracing officer and not yet worked.</summary>
    public Guid FamilyRequestId { get; private set; }

    public static async Task<AccessScene> SeedAsync(PassageWebFactory factory)
    {
        var scene = new AccessScene(factory);
        foreach (var role in Roles.All)
        {
            scene.Users[role] = await factory.CreateUserAsync($"matrix.{role.ToLowerInvariant()}", role);
        }

        await scene.SetCountryAsync(scene.Users[Roles.CountryDelegate], DelegateCountry);
        var a = await scene.ReferredAsync("A", "DE", "Golestaneh", "گلستانه", "TR", "Torture survivor");
        var b = await scene.ReferredAsync("B", "AL", "Bahrami", "بهرامی", "SV", "Survivor of violence");
        var q = await scene.QueuedAsync();
        scene.Records = new Dictionary<string, MatrixRecord> { ["A"] = a, ["B"] = b, ["Q"] = q };
        await scene.CasualtyAsync(q);
        await scene.FamilyRequestAsync();
        scene.ScanId = await scene.StepAsync("staff-registration", Roles.Registration, null, sp => sp.GetRequiredService<StartDuplicateScan>().ExecuteAsync(), v => v.Id);
        await factory.WhenLatestScanFinishedAsync();
        return scene;
    }

    private async Task<MatrixRecord> ReferredAsync(string tag, string country, string family, string familyArabic, string need, string needLabel)
    {
        var staff = $"staff-{tag.ToLowerInvariant()}-";
        var person = await RegisterAsync(staff, family, familyArabic, need);
        Mark(tag, FieldGroup.Biodata, family);
        Mark(tag, FieldGroup.SpecificNeeds, $"\"code\":\"{need}\"", only: MatrixKind.Api);
        Mark(tag, FieldGroup.SpecificNeeds, $"{needLabel} ({need})", only: MatrixKind.Page);
        Mark(tag, FieldGroup.NeedsSummary, $"\"{needLabel}\"");
        Mark(tag, FieldGroup.NeedsEscortSummary, "\"hasSpecificNeeds\":true", only: MatrixKind.Api);
        Mark(tag, FieldGroup.NeedsEscortSummary, "<h2>Specific needs</h2>", only: MatrixKind.Page);
        Mark(tag, FieldGroup.StaffNames, staff);

        await InterviewAsync(staff, person.Id, tag, tag == "A" ? "SE" : "NO");
        var pledge = await StepAsync(staff + "resettlement", Roles.Resettlement, null,
            sp => sp.GetRequiredService<CreatePledge>().ExecuteAsync(new PledgeDetails(country, 20, Today.AddDays(-30), PledgeCategories.Any)), p => p.Id);
        Mark(tag, FieldGroup.Referrals, $"\"countryCode\":\"{country}\"", only: MatrixKind.Api);
        Mark(tag, FieldGroup.Referrals, $"<td>{country} — ", only: MatrixKind.Page);

        var version = await CaseVersionAsync(person.CaseId);
        var referral = await StepAsync(staff + "resettlement", Roles.Resettlement, null,
            sp => sp.GetRequiredService<ReferCase>().ExecuteAsync(person.CaseId, pledge, version, $"MARK-{tag}-REFNOTE"), r => r.ReferralId);
        await StepAsync(staff + "resettlement", Roles.Resettlement, null,
            sp => sp.GetRequiredService<SubmitReferral>().ExecuteAsync(referral, $"MARK-{tag}-SUBMITNOTE"), r => r.Id);
        Mark(tag, FieldGroup.Referrals, $"/Referrals/{referral}/Dossier", only: MatrixKind.Page);
        Mark(tag, FieldGroup.InternalNotes, $"MARK-{tag}-REFNOTE");
        Mark(tag, FieldGroup.InternalNotes, $"MARK-{tag}-SUBMITNOTE");

        await StepAsync(staff + "delegate", Roles.CountryDelegate, country,
            sp => sp.GetRequiredService<DecideReferral>().ExecuteAsync(referral, DecisionOutcome.Accepted, Today, $"MARK-{tag}-DECISION"), d => d.Id);
        Mark(tag, FieldGroup.DecisionReasons, $"MARK-{tag}-DECISION");
        await StepAsync(staff + "resettlement", Roles.Resettlement, null,
            sp => sp.GetRequiredService<RecordExitClearance>().ExecuteAsync(referral, true, true, Today, $"MARK-{tag}-CLEARNOTE"), c => c.Id);
        Mark(tag, FieldGroup.InternalNotes, $"MARK-{tag}-CLEARNOTE");

        var security = Users[Roles.Security];
        await MoveAsync(security.Id, security.UserName!, Roles.Security, person.CaseId, CaseStatus.OnHold, $"MARK-{tag}-HOLDSEC");
        await MoveAsync(security.Id, security.UserName!, Roles.Security, person.CaseId, CaseStatus.Cleared, $"MARK-{tag}-RELEASESEC");
        Mark(tag, FieldGroup.HoldReasons, $"MARK-{tag}-HOLDSEC", Roles.Security);
        Mark(tag, FieldGroup.HoldReasons, $"MARK-{tag}-RELEASESEC", Roles.Security);
        await MoveAsync(staff + "protection", staff + "protection", Roles.Protection, person.CaseId, CaseStatus.OnHold, $"MARK-{tag}-HOLDPROT");
        Mark(tag, FieldGroup.HoldReasons, $"MARK-{tag}-HOLDPROT");
        var walkOut = new WalkOutDetails(Today.AddDays(-1), $"MARK-{tag}-WHEREABOUTS", [WalkOutAsks.FamilyContact], Users[Roles.Protection].UserName);
        var caseVersion = await CaseVersionAsync(person.CaseId);
        await StepAsync(staff + "protection", Roles.Protection, null,
            sp => sp.GetRequiredService<RecordWalkOut>().ExecuteAsync(person.CaseId, walkOut, caseVersion), w => w.Id);
        Mark(tag, FieldGroup.Whereabouts, $"MARK-{tag}-WHEREABOUTS");
        Mark(tag, FieldGroup.CaseStatus, "\"LeftCamp\"", only: MatrixKind.Api);
        Mark(tag, FieldGroup.CaseStatus, "<span class=\"status\">Left camp</span>", only: MatrixKind.Page);

        var movement = await StepAsync(staff + "movement", Roles.Movement, null,
            sp => sp.GetRequiredService<PlanMovement>().ExecuteAsync(new MovementDetails(
                MovementKind.Flight, DateTimeOffset.UtcNow.AddDays(7), "Baghdad International (BGW)", country, "Arrival airport", $"MARK-{tag}-CARRIER", "IA 231", 20)),
            m => m.Id);
        await StepAsync(staff + "movement", Roles.Movement, null, sp => sp.GetRequiredService<IssueManifest>().ExecuteAsync(movement), v => v.Number);
        Mark(tag, FieldGroup.Movements, $"MARK-{tag}-CARRIER");

        return await NumberedAsync(new MatrixRecord(tag, country, person.Id, person.CaseId, referral, pledge, movement));
    }

    private async Task<MatrixRecord> QueuedAsync()
    {
        const string staff = "staff-q-";
        var person = await RegisterAsync(staff, "Kazemi", "کاظمی", "SM");
        Mark("Q", FieldGroup.Biodata, "Kazemi");
        Mark("Q", FieldGroup.StaffNames, staff);
        await InterviewAsync(staff, person.Id, "Q", "FI");
        Mark("Q", FieldGroup.InterviewRecord, "records protection concerns");
        return await NumberedAsync(new MatrixRecord("Q", null, person.Id, person.CaseId, null, null));
    }

    private async Task CasualtyAsync(MatrixRecord q)
    {
        var security = Users[Roles.Security];
        IncidentId = await StepAsync(security.Id, Roles.Security, null, sp => sp.GetRequiredService<RecordIncident>().ExecuteAsync(new IncidentDetails(
            DateTimeOffset.UtcNow.AddHours(-2), IncidentType.IndirectFire, "Block A", "MARK-INC-DESCRIPTION", "MARK-INC-SOURCES")), i => i.Id, security.UserName);
        CasualtyId = await StepAsync(security.Id, Roles.Security, null, sp => sp.GetRequiredService<RecordCasualty>().ExecuteAsync(
            IncidentId, new CasualtyDetails(q.RegistrationNumber, CasualtyOutcome.Injured, "MARK-Q-FOLLOWUP")), c => c.Id, security.UserName);
        Mark("Q", FieldGroup.Casualties, "MARK-Q-FOLLOWUP");
        Mark("Q", FieldGroup.Casualties, "MARK-INC-SOURCES");
        Mark("Q", FieldGroup.Casualties, "MARK-INC-DESCRIPTION");
    }

    // The requester spells the name otherwise than the registry, so that the request's text is no marker of Q's biodata.
    private async Task FamilyRequestAsync()
    {
        var tracing = Users[Roles.Tracing];
        FamilyRequestId = await StepAsync(tracing.Id, Roles.Tracing, null, sp => sp.GetRequiredService<ReceiveFamilyRequest>().ExecuteAsync(new FamilyRequestDetails(
            "Farhad Kazemy", RequesterRelationship.Sibling, "MARK-FR-CONTACT", IdentityCheck.DocumentSeen, null, "Bizhan Kazemy", "بیژن کاظمی", 1993, "Hasan", null,
            "MARK-FR-REASON")), r => r.Id, tracing.UserName);
        Mark("Q", FieldGroup.FamilyRequests, "MARK-FR-REASON");
        Mark("Q", FieldGroup.FamilyRequests, "Bizhan Kazemy");
    }

    private Task<MatrixRecord> NumberedAsync(MatrixRecord record) => _factory.WithDbAsync(async db => record with
    {
        RegistrationNumber = await db.Persons.Where(p => p.Id == record.PersonId).Select(p => p.RegistrationNumber).SingleAsync(),
        CaseNumber = await db.Cases.Where(c => c.Id == record.CaseId).Select(c => c.CaseNumber).SingleAsync(),
    });

    private async Task<Person> RegisterAsync(string staff, string family, string familyArabic, string need)
    {
        // Three residents nothing alike, so that registering one never proposes another as a duplicate.
        var details = family switch
        {
            "Golestaneh" => new PersonDetails("Shirin", family, "Javad", "شیرین", familyArabic, "جواد", "Female", "1979-05", "C2", "11", null, [need]),
            "Bahrami" => new PersonDetails("Mahtab", family, "Karim", "مهتاب", familyArabic, "کریم", "Female", "1986-11-02", "D7", "4", null, [need]),
            _ => new PersonDetails("Bijan", family, "Hassan", "بیژن", familyArabic, "حسن", "Male", "1993-02", "A1", "30", null, [need]),
        };
        return await StepAsync(staff + "registration", Roles.Registration, null, sp => sp.GetRequiredService<RegisterPerson>().ExecuteAsync(details), p => p);
    }

    private async Task InterviewAsync(string staff, Guid personId, string tag, string preferred)
    {
        var interview = new InterviewDetails(
            Today.AddDays(-2), "Leila Karimi", null, "Persian", true, null, ResettlementChoice.Resettle,
            [new PreferenceDetails(preferred, PreferenceReason.FamilyThere, $"MARK-{tag}-PREFNOTE")], [], $"MARK-{tag}-CONCERN", false);
        await StepAsync(staff + "protection", Roles.Protection, null, sp => sp.GetRequiredService<RecordInterview>().ExecuteAsync(personId, interview), i => i.Id);
        Mark(tag, FieldGroup.InterviewRecord, $"MARK-{tag}-CONCERN");
        Mark(tag, FieldGroup.InterviewRecord, $"MARK-{tag}-PREFNOTE");
        Mark(tag, FieldGroup.ResettlementChoice, "\"choice\":\"Resettle\"", only: MatrixKind.Api);
        Mark(tag, FieldGroup.ResettlementChoice, ResettlementChoices.Label(ResettlementChoice.Resettle), only: MatrixKind.Page);
    }

    private async Task MoveAsync(string userId, string userName, string role, Guid caseId, CaseStatus to, string reason)
    {
        var version = await CaseVersionAsync(caseId);
        await StepAsync(userId, role, null, sp => sp.GetRequiredService<MoveCase>().ExecuteAsync(caseId, to, reason, version), e => e.Id, userName);
    }

    private Task<long> CaseVersionAsync(Guid caseId) => _factory.WithDbAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.Version).SingleAsync());

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private void Mark(string record, FieldGroup group, string text, string? author = null, MatrixKind? only = null) =>
        _markers.Add(new Marker(record, group, text, author, only));

    /// <summary>Runs one use case in a scope of its own, acting as <paramref name="userId"/> with one role; fails the test when it fails.</summary>
    private async Task<TOut> StepAsync<T, TOut>(
        string userId, string role, string? country, Func<IServiceProvider, Task<Result<T>>> step, Func<T, TOut> map, string? userName = null)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Actor>().Set(userId, userName ?? userId, "127.0.0.1", [role], countryCode: country);
        var result = await step(scope.ServiceProvider);
        result.Succeeded.ShouldBeTrue($"{userId}: {result.Problem?.Title} {result.Problem?.Detail} {string.Join("; ", result.Problem?.Errors?.SelectMany(e => e.Value) ?? [])}");
        return map(result.Value);
    }

    private async Task SetCountryAsync(PassageUser user, string country)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PassageUser>>();
        var stored = (await users.FindByIdAsync(user.Id))!;
        stored.CountryCode = country;
        (await users.UpdateAsync(stored)).Succeeded.ShouldBeTrue();
    }
}
