namespace Passage.Web.Tests.Pages;

/// <summary>Posts a page's form as a browser would: with the antiforgery token the page rendered.</summary>
internal static class PageForms
{
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient browser, string path, IDictionary<string, string> fields)
    {
        var page = await browser.GetStringAsync(new Uri(path, UriKind.Relative));
        var all = new List<KeyValuePair<string, string>>(fields) { new("__RequestVerificationToken", PassageWebFactory.AntiforgeryToken(page)) };
        return await browser.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(all));
    }

    /// <summary>
    /// Opens a record's page, which a role without access gets as "not allowed" with the form for a reason, and sends
    /// that form with <paramref name="reason"/>, as a browser would.
    /// </summary>
    public static async Task<HttpResponseMessage> StateReasonAsync(this HttpClient browser, string path, string reason)
    {
        using var page = await browser.GetAsync(new Uri(path, UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();
        var action = System.Text.RegularExpressions.Regex.Match(html, "<form method=\"post\" action=\"(/BreakGlass/[^\"]+)\"");
        action.Success.ShouldBeTrue("the page has no break-glass form");
        return await browser.PostAsync(new Uri(action.Groups[1].Value, UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Reason"] = reason,
            ["__RequestVerificationToken"] = PassageWebFactory.AntiforgeryToken(html),
        }));
    }

    public static Task<string> GetPageAsync(this HttpClient browser, string path) => browser.GetStringAsync(new Uri(path, UriKind.Relative));
}
