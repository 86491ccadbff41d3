using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Registry.Matching;
using Passage.Testing;

namespace Passage.Web.Tests.Pages;

public sealed class DuplicateQueueTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task DuplicatesPage_ScanThenMerge_ShowsThePairMergesItAndTheKeptPersonShowsTheOtherSpellingAsAlias(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var original = await factory.RegisterPersonAsync(PassageWebFactory.SampleDetails("Mohammad", "Hosseini", "1984-03-02") with { FatherName = "Ali" });
        var duplicate = await factory.RegisterPersonAsync(PassageWebFactory.SampleDetails("Muhammad", "Husseini", "1984-03-02") with { FatherName = "Ali" });
        using var browser = await factory.SignedInBrowserAsync("fatemeh.karimi", Roles.Registration);

        using var scanned = await browser.PostFormAsync("/Duplicates?handler=Scan", new Dictionary<string, string>());
        (await scanned.Content.ReadAsStringAsync()).ShouldContain("The scan has started.");
        await factory.WhenLatestScanFinishedAsync();
        var html = await browser.GetPageAsync("/Duplicates");

        html.ShouldContain("The last scan finished.");
        html.ShouldContain(original.RegistrationNumber);
        html.ShouldContain(duplicate.RegistrationNumber);
        var reviewId = await factory.WithDbAsync(db => db.DuplicateReviews.Select(r => r.Id).SingleAsync());

        using var merged = await browser.PostFormAsync("/Duplicates?handler=Decide", new Dictionary<string, string>
        {
            ["reviewId"] = reviewId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["decision"] = "merge",
            ["keep"] = original.Id.ToString(),
            ["reason"] = "Registered twice",
        });

        (await merged.Content.ReadAsStringAsync()).ShouldContain("The records were merged.");
        (await factory.WithDbAsync(db => db.DuplicateReviews.SingleAsync())).Status.ShouldBe(DuplicateReviewStatus.Merged);
        (await browser.GetPageAsync("/Persons")).ShouldNotContain(duplicate.RegistrationNumber);
        (await browser.GetPageAsync($"/Persons/{original.Id}")).ShouldContain("Muhammad Husseini");
    }
}
