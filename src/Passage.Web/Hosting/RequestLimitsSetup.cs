using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Passage.Web.Hosting;

/// <summary>
/// Limits on what one request may send: the body (<c>Passage:Limits:RequestBodyBytes</c>, 1 MB — a person, an interview or
/// a decision is a few kilobytes), and the fields of a form. Larger requests are refused with 413 before they are read.
/// </summary>
public static class RequestLimitsSetup
{
    public const string BodySetting = "Passage:Limits:RequestBodyBytes";

    public const long DefaultBodyBytes = 1024 * 1024;

    public static IServiceCollection AddPassageRequestLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var body = configuration.GetValue(BodySetting, DefaultBodyBytes);
        services.Configure<KestrelServerOptions>(options =>
        {
            options.Limits.MaxRequestBodySize = body;
            options.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
        });
        // A value the API cannot read (an unknown enum name, a number too large) answers 400 problem details, in Development too.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = false);
        services.Configure<FormOptions>(options =>
        {
            options.ValueCountLimit = 1024;
            options.ValueLengthLimit = (int)Math.Min(body, int.MaxValue);
            options.MultipartBodyLengthLimit = body;
            options.KeyLengthLimit = 256;
        });
        return services;
    }

    /// <summary>
    /// The same body limit for servers that do not apply Kestrel's (the test server, IIS): a request that says or turns
    /// out to be larger is refused with 413.
    /// </summary>
    public static IApplicationBuilder UsePassageRequestLimits(this IApplicationBuilder app, IConfiguration configuration)
    {
        var body = configuration.GetValue(BodySetting, DefaultBodyBytes);
        return app.Use((context, next) =>
        {
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            {
                feature.MaxRequestBodySize = body;
            }

            if (context.Request.ContentLength > body)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return Task.CompletedTask;
            }

            return next(context);
        });
    }
}
