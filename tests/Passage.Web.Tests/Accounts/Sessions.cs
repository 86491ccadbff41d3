using System.Net;

namespace Passage.Web.Tests.Accounts;

/// <summary>
/// A signed-in session kept as the raw cookies its sign-in gave, replayed unchanged on every request, as a stolen or
/// forgotten cookie would be; and forms posted with the antiforgery token one page gives to another address.
/// </summary>
internal sealed class Sessions : IDisposable
{
    private readonly HttpClient _client;
    private readonly string _cookies;

    private Sessions(HttpClient client, string cookies)
    {
        _client = client;
        _cookies = cookies;
    }

    public static async Task<Sessions> SignInAsync(PassageWebFactory factory, string userName, string password = PassageWebFactory.Password)
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = false,
        });
        using var form = await client.GetAsync(new Uri("/Account/SignIn", UriKind.Relative));
        var antiforgery = CookiesOf(form);
        using var post = new HttpRequestMessage(HttpMethod.Post, new Uri("/Account/SignIn", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["UserName"] = userName,
                ["Password"] = password,
                ["__RequestVerificationToken"] = PassageWebFactory.AntiforgeryToken(await form.Content.ReadAsStringAsync()),
            }),
        };
        post.Headers.Add("Cookie", antiforgery);
        using var response = await client.SendAsync(post);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return new Sessions(client, antiforgery + "; " + CookiesOf(response));
    }

    /// <summary>GETs the page with the session's original cookies.</summary>
    public async Task<HttpResponseMessage> GetAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add("Cookie", _cookies);
        return await _client.SendAsync(request);
    }

    /// <summary>Posts the page's form with the session's original cookies and the antiforgery token the page gives.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, IDictionary<string, string> fields)
    {
        using var page = await GetAsync(path);
        var all = new List<KeyValuePair<string, string>>(fields)
        {
            new("__RequestVerificationToken", PassageWebFactory.AntiforgeryToken(await page.Content.ReadAsStringAsync())),
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = new FormUrlEncodedContent(all) };
        request.Headers.Add("Cookie", _cookies);
        return await _client.SendAsync(request);
    }

    /// <summary>Whether the original cookies still open the start page (false: the app sends them to sign in).</summary>
    public async Task<bool> IsSignedInAsync()
    {
        using var response = await GetAsync("/Account/Tokens");
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            response.Headers.Location!.ToString().ShouldContain("/Account/SignIn");
            return false;
        }

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return true;
    }

    public void Dispose() => _client.Dispose();

    private static string CookiesOf(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
}

/// <summary>Posts to a handler address with the antiforgery token of the page that shows its form.</summary>
internal static class HandlerForms
{
    public static async Task<HttpResponseMessage> PostHandlerAsync(this HttpClient browser, string page, string handlerPath, IDictionary<string, string>? fields = null)
    {
        var html = await browser.GetStringAsync(new Uri(page, UriKind.Relative));
        var all = new List<KeyValuePair<string, string>>(fields ?? new Dictionary<string, string>())
        {
            new("__RequestVerificationToken", PassageWebFactory.AntiforgeryToken(html)),
        };
        return await browser.PostAsync(new Uri(handlerPath, UriKind.Relative), new FormUrlEncodedContent(all));
    }
}
