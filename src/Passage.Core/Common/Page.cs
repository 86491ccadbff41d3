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

    /// <summary>Brings a requested page number and size into range: page ≥ 1, size 1–<see cref="MaxSize"/>.</summary>
    public static (int Number, int Size) Clamp(int? number, int? size) =>
        (Math.Max(number ?? 1, 1), Math.Clamp(size ?? DefaultSize, 1, MaxSize));
}
