namespace Passage.Core.Common;

/// <summary>The outcome of a use case whose failure is expected (validation, a refused guard, a missing record).</summary>
public sealed class Result<T>
{
    private readonly T? _value;

    private Result(T? value, Problem? problem)
    {
        _value = value;
        Problem = problem;
    }

    public bool Succeeded => Problem is null;

    /// <summary>Why the use case failed; null when it succeeded.</summary>
    public Problem? Problem { get; }

    /// <summary>The value; throws when the use case failed, which is a bug in the caller.</summary>
    public T Value => Succeeded ? _value! : throw new InvalidOperationException($"No value: {Problem!.Title}");

#pragma warning disable CA1000 // the factories belong with the type they build
    public static Result<T> Ok(T value) => new(value, null);

    public static Result<T> Fail(Problem problem) => new(default, problem);
#pragma warning restore CA1000

    public static implicit operator Result<T>(Problem problem) => Fail(problem);

#pragma warning disable CA2225 // Ok() is the named alternative
    public static implicit operator Result<T>(T value) => Ok(value);
#pragma warning restore CA2225
}

/// <summary>Factory helpers for <see cref="Result{T}"/>.</summary>
public static class Result
{
    public static Result<T> Ok<T>(T value) => Result<T>.Ok(value);
}
