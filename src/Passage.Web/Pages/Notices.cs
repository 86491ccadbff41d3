using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Passage.Web.Pages;

/// <summary>
/// The message of what a posted form did, kept across the redirect that follows every successful post (POST-redirect-GET)
/// and shown once at the top of the next page, with an optional next step.
/// </summary>
public static class Notices
{
    /// <summary>The cookie that carries a notice across the redirect; pages read notices only when it came back.</summary>
    public const string CookieName = "PassageNotice";

    private const string MessageKey = "Notice";
    private const string LinkKey = "NoticeLink";
    private const string LinkTextKey = "NoticeLinkText";

    public static void SetNotice(this ITempDataDictionary tempData, string message, string? link = null, string? linkText = null)
    {
        tempData[MessageKey] = message;
        tempData[LinkKey] = link;
        tempData[LinkTextKey] = linkText;
    }

    /// <summary>
    /// The notice, once. Without the notice cookie nothing is read, so a page that has no notice writes no cookie either
    /// (reading the message store would otherwise answer every page with a cookie deletion).
    /// </summary>
    public static (string Message, string? Link, string? LinkText)? TakeNotice(this ITempDataDictionary tempData, HttpRequest request) =>
        request.Cookies.ContainsKey(CookieName) && tempData[MessageKey] is string message
            ? (message, tempData[LinkKey] as string, tempData[LinkTextKey] as string)
            : null;
}
