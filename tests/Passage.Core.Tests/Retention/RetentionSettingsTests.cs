using Microsoft.Extensions.Configuration;
using Passage.Core.Retention;

namespace Passage.Core.Tests.Retention;

public sealed class RetentionSettingsTests
{
    private static RetentionSettings From(string? days) =>
        RetentionSettings.From(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Passage:Retention:ApiTokens:Days"] = days,
        }).Build());

    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("0", null)]
    [InlineData("90", 90)]
    public void From_DaysSetting_IsThePeriodAndZeroOrAbsentKeepsForGood(string? days, int? expected)
    {
        var settings = From(days);

        settings.PeriodOf(RetentionKind.ApiTokens).ShouldBe(expected is { } d ? TimeSpan.FromDays(d) : null);
        settings.PeriodOf(RetentionKind.ClosedCasePersons).ShouldBeNull();
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("a year")]
    [InlineData("1.5")]
    public void From_NotAWholeNumberOfDays_IsRefusedNamingTheSetting(string days) =>
        Should.Throw<InvalidOperationException>(() => From(days)).Message
            .ShouldBe("Passage:Retention:ApiTokens:Days must be a whole number of days, 0 to keep for good.");
}
