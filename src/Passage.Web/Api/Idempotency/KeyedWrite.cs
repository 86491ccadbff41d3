using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Storage;
using Passage.Core.Storage.Idempotency;
using Passage.Web.Hosting;

namespace Passage.Web.Api.Idempotency;

/// <summary>
/// An API write sent with an <c>Idempotency-Key</c>: the endpoint runs inside one transaction that also stores its answer
/// under the caller's key (use cases' own transactions become savepoints in it), so the write and the answer are kept
/// together or not at all. The same key again with the same request answers the stored answer and writes nothing; with a
/// different request it answers 422. A 5xx answer is not stored: nothing of it was kept, and the key may be used again.
/// </summary>
public sealed class KeyedWrite(HttpContext context, RequestDelegate next)
{
    public const string Header = "Idempotency-Key";

    /// <summary>Set on an answer given again from the store.</summary>
    public const string ReplayedHeader = "Idempotent-Replayed";

    private string _hash = "";

    /// <summary>The request's key, or null when it carries none.</summary>
    public static string? KeyOf(HttpRequest request) =>
        request.Headers.TryGetValue(Header, out var values) && values.Count > 0 ? values[0] : null;

    /// <summary>Keeps the body readable for a second run and fingerprints the request.</summary>
    public async Task PrepareAsync()
    {
        var request = context.Request;
        request.EnableBuffering();
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, context.RequestAborted);
        request.Body.Position = 0;
        var head = Encoding.UTF8.GetBytes($"{request.Method}\n{request.Path}{request.QueryString}\n");
        _hash = Convert.ToHexString(SHA256.HashData([.. head, .. body.ToArray()]));
    }

    public async Task RunAsync()
    {
        var key = KeyOf(context.Request)!;
        if (key.Length is 0 or > IdempotencyRecord.MaxKeyLength || key.Any(char.IsControl))
        {
            await ProblemAsync(StatusCodes.Status400BadRequest, "The Idempotency-Key is not valid.",
                $"Send 1 to {IdempotencyRecord.MaxKeyLength} printable characters, new for each write (a UUID, for example).");
            return;
        }

        var services = context.RequestServices;
        var db = services.GetRequiredService<PassageDbContext>();
        var userId = services.GetRequiredService<Actor>().UserId;
        var ct = context.RequestAborted;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await StoredAsync(db, userId, key, ct) is { } stored)
        {
            await ReplayAsync(stored);
            return;
        }

        var original = context.Response.Body;
        using var answer = new MemoryStream();
        context.Response.Body = answer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        if (context.Response.StatusCode >= StatusCodes.Status500InternalServerError)
        {
            await transaction.RollbackAsync(ct);
            answer.Position = 0;
            await answer.CopyToAsync(original, ct);
            return;
        }

        // What the endpoint left unsaved would have been dropped with the request; the record is saved alone.
        db.ChangeTracker.Clear();
        db.IdempotencyRecords.Add(new IdempotencyRecord(userId, key, _hash, context.Response.StatusCode, context.Response.ContentType,
            context.Response.Headers.Location.FirstOrDefault(), answer.ToArray(), services.GetRequiredService<TimeProvider>().GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException e) when (!TransientFailure.Is(e))
        {
            // The same key sent twice at once: the other request committed first, and this one's write is undone.
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            context.Response.Clear();
            await ReplayAsync(await StoredAsync(db, userId, key, ct) ?? throw new InvalidOperationException("The key's record was not found after a conflict on it.", e));
            return;
        }

        answer.Position = 0;
        await answer.CopyToAsync(original, ct);
    }

    private static Task<IdempotencyRecord?> StoredAsync(PassageDbContext db, string userId, string key, CancellationToken ct) =>
        db.IdempotencyRecords.AsNoTracking().SingleOrDefaultAsync(r => r.UserId == userId && r.Key == key, ct);

    private async Task ReplayAsync(IdempotencyRecord stored)
    {
        if (stored.RequestHash != _hash)
        {
            await ProblemAsync(StatusCodes.Status422UnprocessableEntity, "This Idempotency-Key was used for a different request.",
                "A key stands for one request: send the same method, address and body again with it, or use a new key for a new write.");
            return;
        }

        var response = context.Response;
        response.StatusCode = stored.StatusCode;
        response.ContentType = stored.ContentType;
        if (stored.Location is not null)
        {
            response.Headers.Location = stored.Location;
        }

        response.Headers[ReplayedHeader] = "true";
        await response.Body.WriteAsync(stored.Body, context.RequestAborted);
    }

    private Task ProblemAsync(int status, string title, string detail) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: status).ExecuteAsync(context);
}
