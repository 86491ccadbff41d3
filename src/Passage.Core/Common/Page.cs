namespace Passage.Core.Common;

/// <summary>One page of a longer list. <see cref="Number"/> counts from 1.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Number, int Size, int Total)
{
    /// <summary>True when <see cref="Total"/> is a lower bound: there are at least that many, and counting stopped there.</summary>
    public bool TotalIsLowerBound { get; init; }

    public int PageCount => Total == 0 ? 1 : (Total + Size - 1) / Size;

    public bool HasPrevious => Number > 1;

    public bool HasNext => TotalIsLowerBound ? Items.Count == Size : Number < PageCount;
}

/// <summary>Paging rules shared by every list.</summary>
public static class Paging
{
    public const int DefaultSize = 50;
    public const int MaxSize = 200;

    /// <summary>No list is read this deep; a request for a later page is a mistake or a script.</summary>
    public const int MaxNumber = 10_000;

    /// <summary>A requested page number (from 1, default 1) and size (1–<see cref="MaxSize"/>, default <see cref="DefaultSize"/>), or the problem naming the field out of range.</summary>
    public static Result<(int Number, int Size)> Check(int? number, int? size)
    {
        var errors = new ValidationErrors();
        if (number is < 1 or > MaxNumber)
        {
            errors.Add("page", $"The page number must be between 1 and {MaxNumber}.");
        }

        if (size is < 1 or > MaxSize)
        {
            errors.Add("pageSize", $"The page size must be between 1 and {MaxSize}.");
        }

        return errors.Any ? errors.ToProblem() : Result.Ok((number ?? 1, size ?? DefaultSize));
    }
}
