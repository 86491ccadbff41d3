using Passage.Matching.Scoring;

namespace Passage.Matching.Tests.Scoring;

public class EmEstimatorTests
{
    [Fact]
    public void Estimate_TwoWellSeparatedGroups_RecoversMAndThePrior()
    {
        // Two fields of 4 levels. Matches (10 %) agree at level 0 on both fields 90 % of the time;
        // non-matches are at level 3 on both 90 % of the time.
        var fields = new[] { new FieldDefinition("a", FieldKind.Attribute, 0), new FieldDefinition("b", FieldKind.Attribute, 1) };
        var patterns = new ComparisonPatterns(2);
        var random = new Random(1);
        for (var i = 0; i < 20_000; i++)
        {
            var match = i % 10 == 0;
            patterns.Add([Level(random, match), Level(random, match)]);
        }

        var randomU = new[] { new[] { 0.01, 0.02, 0.07, 0.9 }, new[] { 0.01, 0.02, 0.07, 0.9 } };
        var (m, _, prior) = EmEstimator.Estimate(fields, randomU, patterns);

        prior.ShouldBe(0.1, 0.02);
        m[0][0].ShouldBe(0.9, 0.05);
        m[1][0].ShouldBe(0.9, 0.05);
    }

    private static byte Level(Random random, bool match) =>
        random.NextDouble() < 0.9 ? (byte)(match ? 0 : 3) : (byte)random.Next(1, 3);
}
