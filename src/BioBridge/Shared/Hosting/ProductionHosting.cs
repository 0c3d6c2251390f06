using System.Net;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace BioBridge.Shared;

/// <summary>
/// What running behind a reverse proxy and under monitoring needs: forwarded headers from trusted proxies,
/// OpenTelemetry metrics and traces with a configurable exporter, and a readiness check.
/// Configuration keys are listed in docs/operations.md.
/// </summary>
public static class ProductionHosting
{
    public const string ActivitySourceName = "BioBridge";

    public static void AddProductionHosting(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            // Loopback proxies are trusted by default; others only when listed.
            foreach (var proxy in configuration.GetSection("BioBridge:ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
                o.KnownProxies.Add(IPAddress.Parse(proxy));
        });

        builder.Services.AddExceptionHandler<DatabaseFaultHandler>();

        var exporter = configuration["BioBridge:Telemetry:Exporter"]?.Trim().ToLowerInvariant() ?? "none";
        if (exporter is "none" or "")
            return;
        if (exporter is not ("otlp" or "console"))
            throw new InvalidOperationException($"BioBridge:Telemetry:Exporter is '{exporter}': use none, console or otlp");
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("biobridge", serviceInstanceId: Environment.MachineName + ":" + Environment.ProcessId))
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddRuntimeInstrumentation()
                    .AddMeter("Microsoft.EntityFrameworkCore");
                if (exporter == "otlp") metrics.AddOtlpExporter(); else metrics.AddConsoleExporter();
            })
            .WithTracing(tracing =>
            {
                tracing.AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/health"))
                    .AddHttpClientInstrumentation().AddSource(ActivitySourceName);
                if (exporter == "otlp") tracing.AddOtlpExporter(); else tracing.AddConsoleExporter();
            });
    }

    public const string ReadyTag = "ready";

    /// <summary>/health: the app and its database are up (docs/contracts.md). /health/ready: also the search index is built, so a load balancer can wait for it.</summary>
    public static void MapHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = c => !c.Tags.Contains(ReadyTag) }).AllowAnonymous();
        app.MapHealthChecks("/health/ready").AllowAnonymous();
    }
}
