using System.Text.RegularExpressions;
using Passage.Core.Accounts;
using Passage.Core.FamilyContact;
using Passage.Core.Incidents;
using Passage.Testing;
using Passage.Web.Tests.Api;

namespace Passage.Web.Tests.FamilyContact;

/// <summary>
/// What a requester is told cannot be used as an oracle: whether the person sought was not found, declined, was never asked,
/// died, was injured in an attack, left the camp or withdrew consent, the answer page and the API answer the same status,
/// the same headers and the same bytes. Only a consent in force changes the answer.
/// </summary>
public sealed partial class RequesterAnswerTests
{
    // Values that differ between any two requests for the same page: the date, and the antiforgery token of the sign-out form.
    private static readonly string[] VaryingHeaders = ["Date", "Set-Cookie"];

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Answer_WhateverBefellTheSoughtPerson_IsTheSameOnThePageAndTheApi(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        await factory.CreateUserAsync(FamilySteps.Officer, Roles.Protection);
        var steps = new FamilySteps(factory);
        var requests = new Dictionary<string, Guid>(StringComparer.Ordinal)
        {
            ["not found"] = await steps.ReceiveAsync(FamilySteps.Seeking(await factory.RegisterPersonAsync(PassageWebFactory.SampleDetails("Gholamreza", "Nazari", "1961")), "Ahmad Nazari")),
        };
        await steps.ConfirmAsync(requests["not found"], null);
        requests["just received"] = await steps.ReceiveAsync(FamilySteps.Seeking(await factory.RegisterPersonAsync(PassageWebFactory.SampleDetails("Parvin", "Ebrahimi", "1979")), "Nasrin Ebrahimi"));
        requests["declined"] = await ConfirmedAsync(factory, steps, "Fatemeh", "Ahmadi", "1990", "Hassan Ahmadi", p => Task.CompletedTask);
        requests["never asked"] = await ConfirmedAsync(factory, steps, "Maryam", "Sadeghi", "1988", "Javad Sadeghi", p => Task.CompletedTask);
        requests["killed"] = await ConfirmedAsync(factory, steps, "Reza", "Karimi", "1975", "Mehdi Karimi", p => steps.CasualtyAsync(p, CasualtyOutcome.Killed));
        requests["injured"] = await ConfirmedAsync(factory, steps, "Hamid", "Rahimi", "1982", "Saeed Rahimi", p => steps.CasualtyAsync(p, CasualtyOutcome.Injured));
        requests["left the camp"] = await ConfirmedAsync(factory, steps, "Soraya", "Jafari", "1995", "Mina Jafari", steps.WalkOutAsync);
        requests["withdrew consent"] = await ConfirmedAsync(factory, steps, "Leila", "Moradi", "1992", "Azadeh Moradi", p => Task.CompletedTask);
        await steps.AnswerAsync(requests["declined"], ConsentAnswer.Decline);
        await steps.AnswerAsync(requests["withdrew consent"], ConsentAnswer.Accept);
        await steps.WithdrawAsync(requests["withdrew consent"]);
        var accepted = await ConfirmedAsync(factory, steps, "Narges", "Hosseini", "1999", "Ali Hosseini", p => Task.CompletedTask);
        await steps.AnswerAsync(accepted, ConsentAnswer.Accept);
        using var api = await factory.ApiClientAsync("sara.tracing", Roles.Tracing);
        using var browser = await factory.SignedInBrowserAsync("nima.tracing", Roles.Tracing);

        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (outcome, id) in requests)
        {
            answers[outcome] = await ShapeAsync(api, $"/api/v1/family-requests/{id}/answer") + "\n" + await ShapeAsync(browser, $"/FamilyContact/{id}/Answer");
        }

        answers.Values.Distinct(StringComparer.Ordinal).ShouldHaveSingleItem(string.Join("\n\n", answers.Select(a => $"{a.Key}:\n{a.Value}")));
        answers["declined"].ShouldStartWith("200\n");
        answers["declined"].ShouldContain(RequesterAnswers.Standard);
        var consented = await ShapeAsync(api, $"/api/v1/family-requests/{accepted}/answer");
        consented.ShouldContain(RequesterAnswers.Contact);
        consented.ShouldNotContain(RequesterAnswers.Standard);
    }

    private static async Task<Guid> ConfirmedAsync(PassageWebFactory factory, FamilySteps steps, string given, string family, string born, string requester, Func<Core.Registry.Person, Task> befall)
    {
        var person = await factory.RegisterPersonAsync(PassageWebFactory.SampleDetails(given, family, born));
        await befall(person);
        var id = await steps.ReceiveAsync(FamilySteps.Seeking(person, requester));
        await steps.ConfirmAsync(id, person.Id);
        return id;
    }

    /// <summary>Status, headers and body of a response, without what differs between any two responses of one page.</summary>
    private static async Task<string> ShapeAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var headers = response.Headers.Concat(response.Content.Headers)
            .Where(h => !VaryingHeaders.Contains(h.Key, StringComparer.OrdinalIgnoreCase))
            .OrderBy(h => h.Key, StringComparer.Ordinal)
            .Select(h => $"{h.Key}: {string.Join(",", h.Value)}");
        var body = Token().Replace(await response.Content.ReadAsStringAsync(), "value=\"token\"");
        return $"{(int)response.StatusCode}\n{string.Join("\n", headers)}\n{body}";
    }

    [GeneratedRegex("value=\"CfDJ8[^\"]*\"")]
    private static partial Regex Token();
}
