using Passage.Matching.Linking;
using Passage.Matching.Scoring;

namespace Passage.Matching.Tests.Linking;

public class LearningTests
{
    private static readonly FieldDefinition[] Fields = [new("name", FieldKind.FullName), new("birth", FieldKind.Birth)];

    [Fact]
    public void CheckAgreement_NameWhoseMatchesAgreeNoMoreThanStrangers_FallsBackToStoredWithAWarning()
    {
        var flat = new[] { 0.01, 0.01, 0.02, 0.02, 0.02, 0.02, 0.02, 0.88 };
        double[][] m = [flat.ToArray(), [0.6, 0.3, 0.05, 0.03, 0.02]];
        double[][] u = [flat.ToArray(), [0.0001, 0.004, 0.001, 0.06, 0.93]];
        var warnings = new List<string>();

        Learning.CheckAgreement(Fields, m, u, warnings);

        m[0].ShouldBe(ModelParameters.Default.Fields.First(f => f.Kind == FieldKind.FullName).M);
        m[1][0].ShouldBe(0.6, "a field that learnt well keeps its estimate");
        warnings.ShouldHaveSingleItem().ShouldContain("name field no power to tell people apart");
    }

    [Fact]
    public void CheckPrior_CollapsedPrior_IsReplacedWithAWarning()
    {
        var warnings = new List<string>();
        var pairSpace = 1_000_000.0 * 999_999 / 2;

        var prior = Learning.CheckPrior(1e-12, pairSpace, 1_000_000, warnings);

        (prior * pairSpace / 1_000_000).ShouldBe(Learning.FallbackDuplicateShare, 1e-9);
        warnings.ShouldHaveSingleItem().ShouldContain("collapsed");
    }

    [Fact]
    public void CheckPrior_SensiblePrior_IsKept()
    {
        var warnings = new List<string>();
        Learning.CheckPrior(1e-7, 5e11, 1_000_000, warnings).ShouldBe(1e-7);
        warnings.ShouldBeEmpty();
    }

    [Fact]
    public void Shortfall_NothingFound_SaysSo()
    {
        var learning = new Learning(ModelParameters.Default.ToModel(), [], 90_000);
        learning.Shortfall(0, 1_000_000).ShouldNotBeNull().ShouldContain("no pair was found");
        learning.Shortfall(1_000, 1_000_000).ShouldNotBeNull().ShouldContain("far fewer");
        learning.Shortfall(85_000, 1_000_000).ShouldBeNull();
    }
}
