using System.Net;
using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Testing;

namespace Passage.Web.Tests.Api;

public sealed class DuplicateReviewsApiTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ReviewQueue_PagedAndDecided_ListsEachPairOnceWithItsCasesScoreAndExplanationThenLeavesTheDecidedOut(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var a = await factory.RegisterPersonAsync(new("Reza", "Tehrani", "Karim", null, null, null, "Male", "1970-01-05", "A", "1", [], []));
        var b = await factory.RegisterPersonAsync(new("Reza", "Tehrani", "Karim", null, null, null, "Male", "1970-01-05", "A", "1", [], []), a.CaseId);
        var c = await factory.RegisterPersonAsync(new("Leila", "Shirazi", "Amir", null, null, null, "Female", "1991-06-07", "B", "2", [], []));
        var d = await factory.RegisterPersonAsync(new("Leila", "Shirazi", "Amir", null, null, null, "Female", "1992-09-07", "C", "3", [], []));
        await factory.SeedReviewsAsync([(a, b, 0.99), (c, d, 0.98)]);
        using var api = await factory.ApiClientAsync("fatemeh.karimi", Roles.Registration);

        var first = await (await api.GetAsync("/api/v1/duplicate-reviews?pageSize=1")).JsonAsync();
        var second = await (await api.GetAsync("/api/v1/duplicate-reviews?pageSize=1&page=2")).JsonAsync();

        first.GetProperty("total").GetInt32().ShouldBe(2);
        var top = first.GetProperty("items")[0];
        top.GetProperty("sameCase").GetBoolean().ShouldBeTrue();
        top.GetProperty("a").GetProperty("caseNumber").GetString().ShouldBe(top.GetProperty("b").GetProperty("caseNumber").GetString());
        top.GetProperty("likelihood").GetString().ShouldBe("> 99 %");
        top.GetProperty("band").GetString().ShouldBe("very likely the same person");
        top.GetProperty("result").GetProperty("explanation").GetArrayLength().ShouldBeGreaterThan(0);
        var bottom = second.GetProperty("items")[0];
        bottom.GetProperty("sameCase").GetBoolean().ShouldBeFalse();
        bottom.GetProperty("result").GetProperty("probability").GetDouble().ShouldBeLessThan(0.5, "born 15 months apart");
        bottom.GetProperty("band").GetString().ShouldNotBe("very likely the same person");

        var id = bottom.GetProperty("id").GetInt64();
        using var separated = await api.PostJsonAsync($"/api/v1/duplicate-reviews/{id}/decision", new { merge = false, reason = "Cousins, both in the camp" });
        using var again = await api.PostJsonAsync($"/api/v1/duplicate-reviews/{id}/decision", new { merge = false, reason = "Cousins" });
        using var missing = await api.PostJsonAsync("/api/v1/duplicate-reviews/999999/decision", new { merge = false, reason = "Cousins" });
        var after = await (await api.GetAsync("/api/v1/duplicate-reviews")).JsonAsync();

        separated.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await separated.JsonAsync()).GetProperty("status").GetString().ShouldBe("Separated");
        again.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        after.GetProperty("total").GetInt32().ShouldBe(1);
        (await factory.WithDbAsync(db => db.DistinctPersons.CountAsync())).ShouldBe(1);
    }
}
