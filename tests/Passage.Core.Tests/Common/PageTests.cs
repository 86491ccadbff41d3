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
    [InlineData(0, 500, 1, 200)]
    [InlineData(7, 0, 7, 1)]
    public void Clamp_OutOfRangeRequests_AreBroughtIntoRange(int? number, int? size, int expectedNumber, int expectedSize) =>
        Paging.Clamp(number, size).ShouldBe((expectedNumber, expectedSize));
}
