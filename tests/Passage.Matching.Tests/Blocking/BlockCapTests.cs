using Passage.Matching.Linking;

namespace Passage.Matching.Tests.Blocking;

public class BlockCapTests
{
    [Theory]
    [InlineData(1_000, 40)]
    [InlineData(100_000, 40)]
    [InlineData(1_000_000, 22)]
    [InlineData(100_000_000, 16)]
    public void CapFor_FileSize_KeepsFullBlocksForSmallFilesAndShrinksForLargeOnes(int records, int cap) =>
        Matcher.CapFor(records).ShouldBe(cap);

    [Fact]
    public void CapFor_GrowingFile_NeverGrows()
    {
        var previous = int.MaxValue;
        for (var records = 1_000; records <= 10_000_000; records *= 2)
        {
            Matcher.CapFor(records).ShouldBeLessThanOrEqualTo(previous);
            previous = Matcher.CapFor(records);
        }
    }
}
