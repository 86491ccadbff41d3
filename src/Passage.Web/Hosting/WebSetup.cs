using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using Passage.Core;
using Passage.Core.Audit.BreakGlass;
using Passage.Core.Registry.Matching;
using Passage.Core.Storage;
using Passage.Web.Accounts;
using Passage.Web.Api;

namespace Passage.Web.Hosting;

/// <summary>Everything the web application registers and the order of its pipeline.</summary>
public static class WebSetup
{
    public const string ConnectionName = "Passage";

    /// <summary>How many minutes an emergency (break-glass) grant lasts; <see cref="BreakGlassSettings.DefaultMinutes"/> by default.</summary>
    public const string BreakGlassMinutesSetting = "Passage:BreakGlass:Minutes";

    /// <summary>The folder of the key ring that seals whereabouts, interview notes and family-contact details (outside the database).</summary>
    public const string FieldKeysSetting = "Passage:FieldEncryption:KeysFolder";

    /// <summary>The anti-harvesting limits of family contact requests (<see cref="Core.FamilyContact.FamilyContactLimits"/>).</summary>
    public const string FamilyContactLimitsSection = "Passage:FamilyContact";

    public static WebApplicationBuilder AddPassageWeb(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var connectionString = builder.Configuration.GetConnectionString(ConnectionName) ?? StorageSetup.DefaultSqlite;
        var fieldKeys = Path.Combine(builder.Environment.ContentRootPath, builder.Configuration[FieldKeysSetting] ?? Core.Storage.Encryption.FieldCipher.DefaultFolder);
        // The web application sends the same statements all day: PostgreSQL prepares them once per connection.
        services.AddPassageCore(StatementPreparation.ForServer(connectionString), fieldKeys);
        services.AddSingleton(BreakGlassSettings.FromMinutes(builder.Configuration.GetValue(BreakGlassMinutesSetting, BreakGlassSettings.DefaultMinutes)));
        services.AddSingleton(Core.Retention.RetentionSettings.From(builder.Configuration));
        services.AddSingleton(builder.Configuration.GetSection(FamilyContactLimitsSection).Get<Core.FamilyContact.FamilyContactLimits>() ?? Core.FamilyContact.FamilyContactLimits.Default);
        services.AddPassageAuthentication();
        services.AddPassageAuthorization();
        services.AddPassageDataProtection();
        services.AddPassageRateLimiting(builder.Configuration);
        services.AddSingleton<RequestQueue>();
        services.AddPassageForwardedHeaders(builder.Configuration);
        services.AddPassageRequestLimits(builder.Configuration);
        services.AddProblemDetails();

        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));

            // Numbers are JSON numbers both ways, so the API description (and a client generated from it) says "integer",
            // not "integer or string".
            options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });
        services.AddPassageOpenApi();
        services.AddPassageObservability(builder.Configuration);
        services.AddRazorPages();
        services.Configure<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>(options =>
        {
            options.Cookie.Name = Pages.Notices.CookieName;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        // First of the hosted services, so it stops last and writes the reads of every request answered before it.
        services.AddSingleton<Core.Audit.ReadAuditQueue>();
        services.AddHostedService<ReadAuditWriter>();
        services.AddHostedService<DuplicateScanWorker>();
        services.AddHostedService<ScreeningWorker>();
        services.AddHostedService<RetentionWorker>();
        var overlap = builder.Configuration.GetValue<int?>(RegistryIndexCatchUpService.OverlapSetting);
        services.AddSingleton(new RegistryIndex(overlap is { } s ? TimeSpan.FromSeconds(s) : null));
        services.AddSingleton<RegistryIndexCatchUpService>();
        services.AddHostedService(sp => sp.GetRequiredService<RegistryIndexCatchUpService>());

        // Names in Arabic script go to the page as characters, not as numeric entities six times their size.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddAntiforgery(options =>
        {
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        if (!builder.Environment.IsDevelopment())
        {
            services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        }

        return builder;
    }

    public static WebApplication UsePassageWeb(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseWhen(IsApi, api => api.UseExceptionHandler().UseStatusCodePages());
        app.UseWhen(c => !IsApi(c), pages => pages.UseExceptionHandler("/Error").UseStatusCodePagesWithReExecute("/Status/{0}"));
        app.UsePassageRequestLimits(app.Configuration);
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<NoStoreMiddleware>();
        app.UseStaticFiles();
        app.UseMiddleware<RequestQueueMiddleware>();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<ActorMiddleware>();
        app.UseRateLimiter();
        app.UseAntiforgery();
        app.UseMiddleware<SafeRetryMiddleware>();

        app.MapRazorPages().WithListingRateLimits();
        app.MapPassageApi();
        app.MapOpenApi().RequireAuthorization(Policies.SignedIn);
        app.MapPassageHealth();
        app.MapFallback(() => TypedResults.NotFound()).RequireAuthorization(Policies.SignedIn);
        return app;
    }

    internal static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
}
