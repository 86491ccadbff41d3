using Passage.Core.Registry.Matching;

namespace Passage.Core.Tests.Registry.Matching;

public class LikelihoodTests
{
    [Theory]
    [InlineData(1.0, "> 99 %")]
    [InlineData(0.996, "> 99 %", "would round to 100 %")]
    [InlineData(0.99, "99 %")]
    [InlineData(0.425, "42 %")]
    [InlineData(0.01, "1 %")]
    [InlineData(0.004, "< 1 %", "would round to 0 %")]
    [InlineData(0.0, "< 1 %")]
    public void Text_AnyProbability_IsNeverShownAsCertain(double probability, string shown, string covers = "")
    {
        Likelihood.Text(probability).ShouldBe(shown, covers);
    }

    [Theory]
    [InlineData(0.999, "very likely the same person")]
    [InlineData(0.6, "a person should look", "an even chance is not \"very likely\"")]
    [InlineData(0.15, "a person should look")]
    [InlineData(0.02, "probably different people")]
    public void Band_Probability_SaysWhatToDo(double probability, string band, string covers = "")
    {
        Likelihood.Band(probability).ShouldBe(band, covers);
    }
}
