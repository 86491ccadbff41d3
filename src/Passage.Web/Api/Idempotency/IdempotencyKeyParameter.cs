using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Routing;
using Microsoft.OpenApi;

namespace Passage.Web.Api.Idempotency;

/// <summary>The <c>Idempotency-Key</c> header in the API description, on every write (<see cref="KeyedWrite"/>).</summary>
public static class IdempotencyKeyParameter
{
    public const string ReusedDescription =
        "A rule refused the change, or the Idempotency-Key was used before for a different request.";

    private const string Description =
        "Makes the write safe to send again: the first answer is stored with the write, in one transaction, and the same "
        + "request sent again with the same key gets that answer back (with Idempotent-Replayed: true) and writes nothing. "
        + "Use a new key (a UUID) for each new write; the same key with a different request answers 422. "
        + "The stored answer is kept for a few days (3 by default); the same key sent later is a new write. "
        + "Without a key a write is never run twice by the server, so after a lost answer the caller cannot know whether it was kept.";

    /// <summary>True for the writes of the API: they may carry a key.</summary>
    public static bool Accepts(IList<object> metadata) =>
        metadata.OfType<HttpMethodMetadata>().SelectMany(m => m.HttpMethods)
            .Any(m => HttpMethods.IsPost(m) || HttpMethods.IsPut(m) || HttpMethods.IsPatch(m) || HttpMethods.IsDelete(m));

    public static Task DescribeAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        if (Accepts(context.Description.ActionDescriptor.EndpointMetadata.ToList()))
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = KeyedWrite.Header,
                In = ParameterLocation.Header,
                Required = false,
                Description = Description,
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = Core.Storage.Idempotency.IdempotencyRecord.MaxKeyLength },
            });
        }

        return Task.CompletedTask;
    }
}
