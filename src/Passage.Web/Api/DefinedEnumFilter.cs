namespace Passage.Web.Api;

/// <summary>
/// Refuses a route or query value that names no member of its enum (<c>?status=99</c>): the framework binds any number to an
/// enum, which would otherwise reach a use case as a value that means nothing. Body values are checked by the JSON options.
/// The handler's enum parameters are found once, when the endpoint is built; an endpoint without any gets no filter.
/// </summary>
public static class DefinedEnumFilter
{
    public static EndpointFilterDelegate Create(EndpointFilterFactoryContext factory, EndpointFilterDelegate next)
    {
        var enums = factory.MethodInfo.GetParameters()
            .Select((parameter, index) => (parameter, index))
            .Where(p => (Nullable.GetUnderlyingType(p.parameter.ParameterType) ?? p.parameter.ParameterType).IsEnum)
            .Select(p => (p.index, Name: p.parameter.Name ?? "value"))
            .ToArray();
        if (enums.Length == 0)
        {
            return next;
        }

        return context =>
        {
            foreach (var (index, name) in enums)
            {
                if (context.Arguments[index] is Enum value && !Enum.IsDefined(value.GetType(), value))
                {
                    return ValueTask.FromResult<object?>(TypedResults.ValidationProblem(new Dictionary<string, string[]>
                    {
                        [name] = [$"'{value}' is not one of: {string.Join(", ", Enum.GetNames(value.GetType()))}."],
                    }));
                }
            }

            return next(context);
        };
    }
}
