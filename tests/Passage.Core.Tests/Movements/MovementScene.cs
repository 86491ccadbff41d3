using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.Interviews;
using Passage.Core.Movements;
using Passage.Core.Pledges;
using Passage.Core.Registry;
using Passage.Core.Storage;
using Passage.Core.Tests.Pledges;
using Passage.Testing;

namespace Passage.Core.Tests.Movements;

/// <summary>
/// The situations the movement tests start from, built through the use cases as the roles that take each step: cleared cases
/// accepted by a country, and movements to it. Each step runs in a fresh context, as one request would.
/// </summary>
internal sealed class MovementScene(ResettlementScene scene) : IDisposable
{
    public ResettlementScene Resettlement => scene;

    public static MovementScene Create(DatabaseProvider provider) => new(ResettlementScene.Create(provider));

    public void Dispose() => scene.Dispose();

    public PassageDbContext Context() => scene.Context();

    public Actor As(string role, string? country = null) => scene.As(role, country);

    /// <summary>A case of the given members, every adult chose resettlement, accepted by the pledge's country and cleared.</summary>
    public async Task<(Guid CaseId, IReadOnlyList<Person> Members)> ClearedCaseAsync(Pledge pledge, params PersonDetails[] members)
    {
        var first = await scene.RegisterAsync(members[0], null);
        var persons = new List<Person> { first };
        foreach (var member in members.Skip(1))
        {
            persons.Add(await scene.RegisterAsync(member, first.CaseId));
        }

        foreach (var adult in persons.Where(p => p.IsAdultOn(ResettlementScene.Today)))
        {
            (await scene.InterviewAsync(adult.Id, ResettlementScene.Interview(ResettlementChoice.Resettle))).Succeeded.ShouldBeTrue();
        }

        var referral = await scene.ReferAndSubmitAsync(first.CaseId, pledge.Id);
        (await scene.DecideAsync(referral, DecisionOutcome.Accepted, pledge.CountryCode)).Succeeded.ShouldBeTrue();
        (await scene.ClearAsync(referral, documents: true, permission: true)).Succeeded.ShouldBeTrue();
        return (first.CaseId, persons);
    }

    /// <summary>The Rezaei family of four (no specific needs), cleared for the pledge's country.</summary>
    public Task<(Guid CaseId, IReadOnlyList<Person> Members)> FamilyAsync(Pledge pledge, string family = "Rezaei") =>
        ClearedCaseAsync(pledge,
            ResettlementScene.Details("Hossein", family, "1968-04", "حسین", "رضایی", "Male"),
            ResettlementScene.Details("Zahra", family, "1972-09-03", "زهرا", "رضایی", "Female"),
            ResettlementScene.Details("Ali", family, "2000", "علی", "رضایی", "Male"),
            ResettlementScene.Details("Narges", family, "2012-01-15", "نرگس", "رضایی", "Female"));

    public async Task<Movement> PlanAsync(string country, int seats, int escorts = 0, int wheelchairs = 0)
    {
        var actor = As(Roles.Movement);
        await using var db = Context();
        var result = await new PlanMovement(db, actor, scene.Clock).ExecuteAsync(Details(country, seats, escorts, wheelchairs));
        return result.Value;
    }

    public static MovementDetails Details(string country, int seats, int escorts = 0, int wheelchairs = 0) =>
        new(MovementKind.Flight, ResettlementScene.Now.AddDays(7), "Baghdad International (BGW)", country, "Frankfurt (FRA)", "Iraqi Airways", "IA 231", seats, escorts, wheelchairs);

    public MovementChanges Changes(PassageDbContext db, Actor actor) => new(db, actor, scene.Clock);

    public BookCase Book(PassageDbContext db, Actor actor) => new(db, actor, Changes(db, actor), scene.Move(db, actor), new AuditLog(db, actor, scene.Clock), scene.Clock);

    public async Task<Result<Booking>> BookAsync(Guid movementId, Guid caseId)
    {
        var actor = As(Roles.Movement);
        await using var db = Context();
        return await Book(db, actor).ExecuteAsync(movementId, caseId);
    }

    public async Task<Result<Passenger>> CheckInAsync(Guid movementId, Guid personId)
    {
        var actor = As(Roles.Movement);
        await using var db = Context();
        return await new CheckInPassenger(Changes(db, actor), scene.Clock).ExecuteAsync(movementId, personId);
    }

    public async Task<Result<Passenger>> NoShowAsync(Guid movementId, Guid personId, string reason = "Did not come to the gate; family says he is unwell")
    {
        var actor = As(Roles.Movement);
        await using var db = Context();
        return await new RecordNoShow(db, Changes(db, actor), scene.Move(db, actor), scene.Clock).ExecuteAsync(movementId, personId, reason);
    }

    public async Task<Result<Passenger>> DepartAsync(Guid movementId, Guid personId)
    {
        var actor = As(Roles.Movement);
        await using var db = Context();
        return await new ConfirmDeparture(db, Changes(db, actor), scene.Move(db, actor), scene.Clock).ExecuteAsync(movementId, personId);
    }

    /// <summary>Checks in and departs each of <paramref name="persons"/>.</summary>
    public async Task BoardAsync(Guid movementId, params Person[] persons)
    {
        foreach (var person in persons)
        {
            (await CheckInAsync(movementId, person.Id)).Succeeded.ShouldBeTrue();
            (await DepartAsync(movementId, person.Id)).Succeeded.ShouldBeTrue();
        }
    }

    public async Task<Result<Passenger>> ArriveAsync(Actor actor, Guid movementId, Guid personId, string? onWordOf = null)
    {
        await using var db = Context();
        return await new ConfirmArrival(db, actor, Changes(db, actor), scene.Move(db, actor), scene.Clock).ExecuteAsync(movementId, personId, onWordOf);
    }

    public async Task<Result<Movement>> CancelAsync(Guid movementId, string? reason)
    {
        var actor = As(Roles.Movement);
        await using var db = Context();
        return await new CancelMovement(db, Changes(db, actor), scene.Move(db, actor), scene.Clock).ExecuteAsync(movementId, reason);
    }

    public async Task<Result<ManifestVersion>> IssueAsync(Guid movementId)
    {
        var actor = As(Roles.Movement);
        await using var db = Context();
        return await new IssueManifest(db, actor, Changes(db, actor), scene.Clock).ExecuteAsync(movementId);
    }

    public async Task<Result<ManifestFile>> DownloadAsync(Actor actor, Guid movementId, int number, ManifestFormat format)
    {
        await using var db = Context();
        return await new DownloadManifest(db, actor, new AuditLog(db, actor, scene.Clock)).ExecuteAsync(movementId, number, format);
    }

    public async Task<Result<MovementView>> ViewAsync(Actor actor, Guid movementId, string? search = null)
    {
        await using var db = Context();
        return await new ViewMovement(db, actor, new AuditLog(db, actor, scene.Clock)).ExecuteAsync(movementId, search);
    }

    public async Task<MovementSeats> SeatsAsync(Guid movementId)
    {
        await using var db = Context();
        return await db.MovementSeats.AsNoTracking().SingleAsync(s => s.MovementId == movementId);
    }

    public Task<CaseStatus> CaseStatusAsync(Guid caseId) => scene.CaseStatusAsync(caseId);

    public async Task<IReadOnlyList<(CaseStatus? To, string Reason)>> HistoryAsync(Guid caseId)
    {
        await using var db = Context();
        return (await db.CaseEvents.AsNoTracking().Where(e => e.CaseId == caseId && e.Kind == CaseEventKind.StatusChanged).OrderBy(e => e.Id)
            .Select(e => new { e.ToStatus, e.Reason }).ToListAsync()).Select(e => (e.ToStatus, e.Reason)).ToList();
    }
}
