using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Passage.Core.Operations;
using Passage.Core.Registry.Matching;

namespace Passage.Web.Hosting;

/// <summary>
/// Health endpoints, the meter named "Passage" and OpenTelemetry. Metrics are always measured (so <c>dotnet-counters</c>
/// sees them); traces and metrics leave the process only when an OTLP endpoint is configured, through
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> or <see cref="OtlpEndpointSetting"/>.
/// </summary>
public static class Observability
{
    public const string OtlpEndpointSetting = "Passage:Telemetry:OtlpEndpoint";
    private const string ReadyTag = "ready";

    private static readonly string[] PathLoggingCategories =
        ["Microsoft.AspNetCore.Routing", "Microsoft.AspNetCore.StaticFiles", "Microsoft.AspNetCore.HttpLogging"];

    public static IServiceCollection AddPassageObservability(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseReadyCheck>("database", tags: [ReadyTag])
            .AddCheck<MatchingIndexReadyCheck>("matching-index", tags: [ReadyTag]);
        services.AddHostedService<QueueGauges>();

        // Paths and query strings hold search terms and registration numbers: the categories that log them say only
        // warnings and errors, whatever level the rest of the log is set to. Hosting's own log is off: it would put the
        // path in a scope around every message of the request (unhandled errors are logged by the exception handler).
        services.AddLogging(logging =>
        {
            logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", _ => false);
            foreach (var category in PathLoggingCategories)
            {
                logging.AddFilter(category, level => level >= LogLevel.Warning);
            }
        });

        var endpoint = configuration[OtlpEndpointSetting] is { Length: > 0 } configured ? configured : configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            return services;
        }

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("passage"))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !context.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal))
                .AddNpgsql())
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddMeter(PassageMetrics.MeterName, "Npgsql", "Microsoft.EntityFrameworkCore"))
            .UseOtlpExporter(OpenTelemetry.Exporter.OtlpExportProtocol.Grpc, new Uri(endpoint));
        return services;
    }

    /// <summary>
    /// <c>/health</c> and <c>/health/live</c>: the process answers. <c>/health/ready</c>: the database answers with every
    /// migration applied and the matching index is built; 503 otherwise, so a load balancer sends no requests yet.
    /// </summary>
    public static void MapPassageHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) }).AllowAnonymous();
    }

    /// <summary>The sizes of the in-process queues, observed when a listener asks.</summary>
    private sealed class QueueGauges(IMeterFactory meters, DuplicateScanQueue scans, RegistryIndex index, Core.Audit.ReadAuditQueue reads, RequestQueue requests) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            var meter = meters.Create(PassageMetrics.MeterName);
            meter.CreateObservableGauge("passage.duplicate_scan.queue", () => scans.Unfinished, "{scan}", "Duplicate scans queued or running.");
            meter.CreateObservableGauge("passage.registry_index.pending_changes", () => index.PendingChanges, "{person}", "Persons changed since the matching index was built.");
            meter.CreateObservableGauge("passage.registry_index.persons", () => index.Count, "{person}", "Persons in the matching index.");
            meter.CreateObservableGauge("passage.audit.read_queue", () => reads.Waiting, "{entry}", "Audit entries of reads waiting to be written.");
            meter.CreateObservableGauge("passage.requests.waiting", () => requests.Waiting, "{request}", "Requests waiting for their turn to be served.");
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
