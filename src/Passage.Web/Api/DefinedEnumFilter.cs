namespace Passage.Web.Api;

/// <summary>
/// Refuses a route or query value that names no member of its enum (<c>?status=99</c>): the framework binds any number to an
/// enum, which would otherwise reach a use case as a value that means nothing. Body values are checked by the JSON options.
/// </summary>
public sealed class DefinedEnumFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var parameters = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<System.Reflection.MethodInfo>()?.GetParameters();
        for (var i = 0; i < context.Arguments.Count; i++)
        {
            if (context.Arguments[i] is Enum value && !Enum.IsDefined(value.GetType(), value))
            {
                var name = parameters is not null && i < parameters.Length ? parameters[i].Name ?? "value" : "value";
                return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                {
                    [name] = [$"'{value}' is not one of: {string.Join(", ", Enum.GetNames(value.GetType()))}."],
                });
            }
        }

        return await next(context);
    }
}
