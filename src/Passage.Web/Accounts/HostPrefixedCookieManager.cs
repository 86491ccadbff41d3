using Microsoft.AspNetCore.Authentication.Cookies;

namespace Passage.Web.Accounts;

/// <summary>
/// Names the sign-in cookie <c>__Host-</c>… over HTTPS, where browsers then bind it to this host, path "/" and secure
/// transport; over plain HTTP (the local demo) browsers refuse that prefix, so the cookie keeps its plain name there.
/// </summary>
public sealed class HostPrefixedCookieManager : ICookieManager
{
    private const string HostPrefix = "__Host-";

    private readonly ChunkingCookieManager _inner = new();

    public string? GetRequestCookie(HttpContext context, string key) => _inner.GetRequestCookie(context, NameFor(context, key));

    public void AppendResponseCookie(HttpContext context, string key, string? value, CookieOptions options) =>
        _inner.AppendResponseCookie(context, NameFor(context, key), value, options);

    public void DeleteCookie(HttpContext context, string key, CookieOptions options) =>
        _inner.DeleteCookie(context, NameFor(context, key), options);

    private static string NameFor(HttpContext context, string key) => context.Request.IsHttps ? HostPrefix + key : key;
}
