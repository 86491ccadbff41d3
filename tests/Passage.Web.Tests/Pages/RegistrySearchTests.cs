using System.Net;
using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Testing;
using Passage.Web.Tests.Api;

namespace Passage.Web.Tests.Pages;

/// <summary>The registry search as a clerk types into it: numbers open their record or case; names are ranked by a relevance the page explains.</summary>
public sealed class RegistrySearchTests
{
    private static readonly string[] PersonForms = ["PSG-000002", "psg-000002", "psg000002", "PSG 2", " 000002 ", "2"];

    private static readonly string[] CaseForms = ["C-000001", "c-000001", "c000001", "C1"];

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task RegistryPage_RegistrationOrCaseNumberInAnyForm_OpensThatPersonOrCase(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var first = await factory.RegisterPersonAsync();
        var second = await factory.RegisterPersonAsync(PassageWebFactory.SampleDetails("Zahra", "Rahimi", "1990"), first.CaseId);
        second.RegistrationNumber.ShouldBe("PSG-000002");
        using var browser = await factory.SignedInBrowserAsync("fatemeh.karimi", Roles.Registration);

        foreach (var typed in PersonForms)
        {
            using var response = await browser.GetAsync(new Uri($"/Persons?q={Uri.EscapeDataString(typed)}", UriKind.Relative));
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, typed);
            response.Headers.Location!.OriginalString.ShouldBe($"/Persons/{second.Id}", typed);
        }

        foreach (var typed in CaseForms)
        {
            using var response = await browser.GetAsync(new Uri($"/Persons?q={Uri.EscapeDataString(typed)}", UriKind.Relative));
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, typed);
            response.Headers.Location!.OriginalString.ShouldBe($"/Cases/{first.CaseId}", typed);
        }
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task RegistryPage_NumberOfNobody_AnswersNoMatchAndAuditsTheSearch(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        await factory.RegisterPersonAsync();
        using var browser = await factory.SignedInBrowserAsync("fatemeh.karimi", Roles.Registration);

        using var response = await browser.GetAsync(new Uri("/Persons?q=PSG-000777", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("No person matches.");
        (await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == AuditAction.Searched).Select(e => e.Detail).ToListAsync()))
            .ShouldContain("number: PSG-000777; none found");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task RegistryPage_OpenedByNumber_AuditsTheSearchAndTheRead(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var person = await factory.RegisterPersonAsync();
        using var browser = await factory.SignedInBrowserAsync("fatemeh.karimi", Roles.Registration);

        using var response = await browser.GetAsync(new Uri("/Persons?q=psg1", UriKind.Relative));
        var page = await browser.GetPageAsync(response.Headers.Location!.OriginalString);

        page.ShouldContain(person.RegistrationNumber);
        var audit = await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.UserName == "fatemeh.karimi" && e.EntityId == person.Id.ToString())
            .OrderBy(e => e.Id).Select(e => new { e.Action, e.Detail }).ToListAsync());
        audit.Select(e => e.Action).ShouldBe([AuditAction.Searched, AuditAction.Viewed]);
        audit[0].Detail.ShouldBe($"number: {person.RegistrationNumber}; found {person.RegistrationNumber}");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task RegistryPage_NameSearch_ShowsARelevanceAndSaysItIsNotALikelihood(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var family = await factory.RegisterPersonAsync(PassageWebFactory.SampleDetails("Maryam", "Hosseini", "1988") with { Sex = "Female", GivenNameArabic = "مریم", Aliases = [] });
        using var browser = await factory.SignedInBrowserAsync("fatemeh.karimi", Roles.Registration);

        var html = await browser.GetPageAsync("/Persons?q=Hosseini");

        html.ShouldContain(family.RegistrationNumber);
        html.ShouldContain("how closely the names match your query, not the likelihood that it is the person you mean");
        html.ShouldContain(">100 %</span>");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Api_ByNumber_AnswersTheRecordOrNotFoundAndTheSearchListsIt(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var person = await factory.RegisterPersonAsync();
        var caseNumber = await factory.WithDbAsync(db => db.Cases.Where(c => c.Id == person.CaseId).Select(c => c.CaseNumber).SingleAsync());
        using var api = await factory.ApiClientAsync("fatemeh.karimi", Roles.Registration);
        using var viewer = await factory.ApiClientAsync("nasrin.viewer", Roles.Viewer);

        using var byNumber = await api.GetAsync("/api/v1/registration-numbers/psg000001");
        using var caseByNumber = await api.GetAsync($"/api/v1/case-numbers/{caseNumber.ToLowerInvariant()}");
        using var nobody = await api.GetAsync("/api/v1/registration-numbers/PSG-000404");
        using var caseAsPerson = await api.GetAsync($"/api/v1/registration-numbers/{caseNumber}");
        using var notAllowed = await viewer.GetAsync($"/api/v1/case-numbers/{caseNumber}");
        using var noCase = await api.GetAsync("/api/v1/case-numbers/C-000404");
        var searched = await (await api.GetAsync("/api/v1/persons/search?q=1")).JsonAsync();
        var members = await (await api.GetAsync($"/api/v1/persons/search?q={caseNumber}")).JsonAsync();

        byNumber.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await byNumber.JsonAsync()).GetProperty("id").GetGuid().ShouldBe(person.Id);
        caseByNumber.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await caseByNumber.JsonAsync()).GetProperty("id").GetGuid().ShouldBe(person.CaseId);
        nobody.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        nobody.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        caseAsPerson.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        notAllowed.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await notAllowed.JsonAsync()).GetProperty("title").GetString().ShouldBe((await noCase.JsonAsync()).GetProperty("title").GetString());
        searched.GetProperty("items")[0].GetProperty("id").GetGuid().ShouldBe(person.Id);
        members.GetProperty("total").GetInt32().ShouldBe(1);
        members.GetProperty("items")[0].GetProperty("id").GetGuid().ShouldBe(person.Id);
    }
}
