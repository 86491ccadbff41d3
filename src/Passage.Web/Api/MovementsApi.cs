using Microsoft.AspNetCore.Http.HttpResults;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Movements;
using Passage.Web.Hosting;

namespace Passage.Web.Api;

/// <summary>
/// <c>/api/v1/movements</c>: flights and convoys, booking cleared cases onto them, departure day (check-in, no-show, departure),
/// arrival, cancellation and manifests. A country delegate sees only movements to their country; any other answers 404 like a
/// movement that does not exist.
/// </summary>
public static class MovementsApi
{
    public sealed record EditRequest(MovementDetails Movement, long ExpectedVersion);

    public sealed record ReasonRequest(string? Reason);

    public sealed record BookingRequest(Guid CaseId);

    public sealed record ArrivalRequest(string? OnWordOf);

    public sealed record TravelDocumentRequest(string? Number, string? NameInDocument);

    public sealed record MovementChanged(Guid Id, MovementStatus Status, long Version);

    public sealed record BookingMade(Guid Id, Guid CaseId, int Persons, int Escorts, int Wheelchairs);

    public sealed record PassengerChanged(Guid PersonId, PassengerStatus Status);

    public sealed record ManifestIssued(int Number, int Passengers, DateTimeOffset IssuedAt);

    public sealed record TravelDocumentRecorded(Guid PersonId, string Number, string NameInDocument);

    public static RouteGroupBuilder MapMovementsApi(this RouteGroupBuilder api)
    {
        var movements = api.MapGroup("/movements").WithTags("Movements");
        movements.MapGet("/", ListAsync).WithSummary("Movements leaving in a period, with their seats")
            .RequireAuthorization(nameof(Permission.ReadMovements)).RequireRateLimiting(RateLimitingSetup.Listing);
        movements.MapPost("/", PlanAsync).WithSummary("Plan a flight or convoy")
            .RequireAuthorization(nameof(Permission.ManageMovements)).RequireApiToken();
        movements.MapGet("/{id:guid}", GetAsync).WithSummary("A movement with its bookings, passengers and manifests")
            .RequireAuthorization(nameof(Permission.ReadMovements));
        movements.MapPut("/{id:guid}", EditAsync).WithSummary("Change a planned or confirmed movement")
            .MayConflict().MayBeRefused().RequireAuthorization(nameof(Permission.ManageMovements)).RequireApiToken();
        movements.MapPost("/{id:guid}/confirmation", ConfirmAsync).WithSummary("Record the carrier's confirmation")
            .MayConflict().MayBeRefused().RequireAuthorization(nameof(Permission.ManageMovements)).RequireApiToken();
        movements.MapPost("/{id:guid}/cancellation", CancelAsync).WithSummary("Cancel a movement and release its bookings")
            .MayConflict().MayBeRefused().RequireAuthorization(nameof(Permission.ManageMovements)).RequireApiToken();
        movements.MapPost("/{id:guid}/bookings", BookAsync).WithSummary("Book a cleared case onto a movement")
            .ProducesProblem(StatusCodes.Status404NotFound).MayConflict().MayBeRefused().RequireAuthorization(nameof(Permission.ManageMovements)).RequireApiToken();
        movements.MapPost("/{id:guid}/passengers/{personId:guid}/check-in", CheckInAsync).WithSummary("Check a passenger in")
            .MayConflict().MayBeRefused().RequireAuthorization(nameof(Permission.ManageMovements)).RequireApiToken();
        movements.MapPost("/{id:guid}/passengers/{personId:guid}/no-show", NoShowAsync).WithSummary("Record that a passenger did not travel")
            .MayConflict().MayBeRefused().RequireAuthorization(nameof(Permission.ManageMovements)).RequireApiToken();
        movements.MapPost("/{id:guid}/passengers/{personId:guid}/departure", DepartAsync).WithSummary("Confirm a passenger's departure")
            .MayConflict().MayBeRefused().RequireAuthorization(nameof(Permission.ManageMovements)).RequireApiToken();
        movements.MapPost("/{id:guid}/passengers/{personId:guid}/arrival", ArriveAsync).WithSummary("Confirm a passenger's arrival")
            .MayConflict().MayBeRefused().RequireAuthorization(nameof(Permission.ConfirmArrivals)).RequireApiToken();
        movements.MapPost("/{id:guid}/manifests", IssueAsync).WithSummary("Issue the manifest's next version")
            .MayConflict().RequireAuthorization(nameof(Permission.ManageMovements)).RequireApiToken();
        movements.MapGet("/{id:guid}/manifests/{number:int}", ManifestAsync).WithSummary("An issued manifest version as CSV, XLSX or PDF")
            .Produces<Stream>(StatusCodes.Status200OK, "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/pdf")
            .RequireAuthorization(nameof(Permission.ReadMovements));
        api.MapGet("/cases/{id:guid}/movements", CaseAsync).WithSummary("A case's bookings and the movements it may be booked on")
            .WithTags("Movements").RequireAuthorization(nameof(Permission.ReadMovements));
        api.MapPut("/persons/{id:guid}/travel-document", TravelDocumentAsync).WithSummary("Record a person's travel document")
            .WithTags("Movements").MayConflict().RequireAuthorization(nameof(Permission.ManageMovements)).RequireApiToken();
        return api;
    }

    /// <param name="from">First day (UTC); 30 days ago when left out.</param>
    /// <param name="to">Last day (UTC); 180 days after <paramref name="from"/> when left out.</param>
    public static async Task<Results<Ok<MovementCalendar>, ValidationProblem, ProblemHttpResult>> ListAsync(
        DateOnly? from, DateOnly? to, ListMovements list, TimeProvider clock, CancellationToken ct)
    {
        var start = from ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(-30);
        return (await list.ExecuteAsync(start, to ?? start.AddDays(180), ct)).OkOrProblem();
    }

    public static async Task<Results<Ok<MovementChanged>, ValidationProblem, ProblemHttpResult>> PlanAsync(MovementDetails movement, PlanMovement plan, CancellationToken ct) =>
        (await plan.ExecuteAsync(movement, ct)).OkOrProblem(Changed);

    /// <param name="q">Only the passengers whose registration number or name holds this text.</param>
    public static async Task<Results<Ok<MovementView>, ValidationProblem, ProblemHttpResult>> GetAsync(Guid id, string? q, ViewMovement view, CancellationToken ct) =>
        (await view.ExecuteAsync(id, q, ct)).OkOrProblem();

    public static async Task<Results<Ok<MovementChanged>, ValidationProblem, ProblemHttpResult>> EditAsync(Guid id, EditRequest request, EditMovement edit, CancellationToken ct) =>
        request.Movement is null
            ? ApiResults.Widen<Ok<MovementChanged>>(Problem.Invalid(nameof(request.Movement), "Give the movement's details.").ToHttp())
            : (await edit.ExecuteAsync(id, request.Movement, request.ExpectedVersion, ct)).OkOrProblem(Changed);

    public static async Task<Results<Ok<MovementChanged>, ValidationProblem, ProblemHttpResult>> ConfirmAsync(Guid id, ConfirmMovement confirm, CancellationToken ct) =>
        (await confirm.ExecuteAsync(id, ct)).OkOrProblem(Changed);

    public static async Task<Results<Ok<MovementChanged>, ValidationProblem, ProblemHttpResult>> CancelAsync(Guid id, ReasonRequest request, CancelMovement cancel, CancellationToken ct) =>
        (await cancel.ExecuteAsync(id, request.Reason, ct)).OkOrProblem(Changed);

    public static async Task<Results<Ok<BookingMade>, ValidationProblem, ProblemHttpResult>> BookAsync(Guid id, BookingRequest request, BookCase book, CancellationToken ct) =>
        (await book.ExecuteAsync(id, request.CaseId, ct)).OkOrProblem(b => new BookingMade(b.Id, b.CaseId, b.Persons, b.Escorts, b.Wheelchairs));

    public static async Task<Results<Ok<PassengerChanged>, ValidationProblem, ProblemHttpResult>> CheckInAsync(Guid id, Guid personId, CheckInPassenger checkIn, CancellationToken ct) =>
        (await checkIn.ExecuteAsync(id, personId, ct)).OkOrProblem(Passenger);

    public static async Task<Results<Ok<PassengerChanged>, ValidationProblem, ProblemHttpResult>> NoShowAsync(
        Guid id, Guid personId, ReasonRequest request, RecordNoShow noShow, CancellationToken ct) =>
        (await noShow.ExecuteAsync(id, personId, request.Reason, ct)).OkOrProblem(Passenger);

    public static async Task<Results<Ok<PassengerChanged>, ValidationProblem, ProblemHttpResult>> DepartAsync(Guid id, Guid personId, ConfirmDeparture depart, CancellationToken ct) =>
        (await depart.ExecuteAsync(id, personId, ct)).OkOrProblem(Passenger);

    public static async Task<Results<Ok<PassengerChanged>, ValidationProblem, ProblemHttpResult>> ArriveAsync(
        Guid id, Guid personId, ArrivalRequest request, ConfirmArrival arrive, CancellationToken ct) =>
        (await arrive.ExecuteAsync(id, personId, request.OnWordOf, ct)).OkOrProblem(Passenger);

    public static async Task<Results<Ok<ManifestIssued>, ValidationProblem, ProblemHttpResult>> IssueAsync(Guid id, IssueManifest issue, CancellationToken ct) =>
        (await issue.ExecuteAsync(id, ct)).OkOrProblem(v => new ManifestIssued(v.Number, v.Passengers, v.IssuedAt));

    public static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> ManifestAsync(
        Guid id, int number, ManifestFormat? format, DownloadManifest download, CancellationToken ct)
    {
        var file = await download.ExecuteAsync(id, number, format ?? ManifestFormat.Csv, ct);
        return file.Succeeded
            ? TypedResults.File(file.Value.Content, file.Value.ContentType, file.Value.FileName)
            : ApiResults.Widen<FileContentHttpResult>(file.Problem!.ToHttp());
    }

    public static async Task<Results<Ok<CaseMovements>, ValidationProblem, ProblemHttpResult>> CaseAsync(Guid id, ViewCaseMovements view, CancellationToken ct) =>
        (await view.ExecuteAsync(id, ct)).OkOrProblem();

    public static async Task<Results<Ok<TravelDocumentRecorded>, ValidationProblem, ProblemHttpResult>> TravelDocumentAsync(
        Guid id, TravelDocumentRequest request, RecordTravelDocument record, CancellationToken ct) =>
        (await record.ExecuteAsync(id, request.Number, request.NameInDocument, ct)).OkOrProblem(d => new TravelDocumentRecorded(d.PersonId, d.Number, d.NameInDocument));

    private static MovementChanged Changed(Movement m) => new(m.Id, m.Status, m.Version);

    private static PassengerChanged Passenger(Passenger p) => new(p.PersonId, p.Status);
}
