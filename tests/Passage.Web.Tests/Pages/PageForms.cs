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

    public static Task<string> GetPageAsync(this HttpClient browser, string path) => browser.GetStringAsync(new Uri(path, UriKind.Relative));
}
