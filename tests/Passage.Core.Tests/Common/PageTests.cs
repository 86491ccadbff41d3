using Passage.Core.Common;

namespace Passage.Core.Tests.Common;

public class PageTests
{
    [Theory]
    [InlineData(20, 50, 1000, false, false)]
    [InlineData(19, 50, 1000, false, true)]
    [InlineData(20, 50, 1000, true, true)]
    [InlineData(25, 10, 1000, true, false)]
    public void HasNext_ExactOrLowerBoundTotal_OffersTheNextPageOnlyWhenThereCanBeOne(int number, int itemsOnPage, int total, bool lowerBound, bool expected)
    {
        var page = new Page<int>(Enumerable.Range(0, itemsOnPage).ToList(), number, 50, total) { TotalIsLowerBound = lowerBound };

        page.HasNext.ShouldBe(expected);
    }

    [Theory]
    [InlineData(null, null, 1, 50)]
    [InlineData(7, 200, 7, 200)]
    [InlineData(10_000, 1, 10_000, 1)]
    public void Check_PageAndSizeInRange_AreKept(int? number, int? size, int expectedNumber, int expectedSize) =>
        Paging.Check(number, size).Value.ShouldBe((expectedNumber, expectedSize));

    [Theory]
    [InlineData(0, null, "page")]
    [InlineData(int.MaxValue, null, "page")]
    [InlineData(-5, null, "page")]
    [InlineData(1, 0, "pageSize")]
    [InlineData(1, 1_000_000, "pageSize")]
    public void Check_OutOfRange_IsAFieldProblem(int? number, int? size, string field) =>
        Paging.Check(number, size).Problem!.Errors!.Keys.ShouldBe([field]);
}
