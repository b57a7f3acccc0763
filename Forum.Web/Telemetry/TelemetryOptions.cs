using System.ComponentModel.DataAnnotations;
using System.Net;

namespace Forum.Web.Telemetry;

/// <summary>
/// The "Telemetry" settings (docs/TELEMETRY.md). Nothing is recorded unless something is there to receive it: an
/// OTLP endpoint (this setting or the standard OTEL_EXPORTER_OTLP_ENDPOINT), a Prometheus port, or Enabled for a
/// receiver added in code (the tests' in-memory exporter).
/// </summary>
public sealed class TelemetryOptions : IValidatableObject
{
    public const string Section = "Telemetry";

    /// <summary>The standard variable the OTLP exporter reads by itself; named here so one rule decides whether to export.</summary>
    public const string StandardOtlpVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>Where to send traces, metrics and logs over OTLP, e.g. http://collector:4318; unset sends nothing.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>"grpc" (the exporter's default, port 4317) or "http/protobuf" (port 4318).</summary>
    public string? OtlpProtocol { get; set; }

    /// <summary>
    /// A port of its own for the Prometheus scrape (GET /metrics), never the site's: the forum's public address does
    /// not answer /metrics. Unset serves no scrape.
    /// </summary>
    [Range(1, 65535)]
    public int? PrometheusPort { get; set; }

    /// <summary>The address the scrape port listens on: every interface unless set (e.g. 127.0.0.1 for a local Prometheus).</summary>
    public string PrometheusAddress { get; set; } = "0.0.0.0";

    /// <summary>Records traces, metrics and logs for a receiver added in code, with no exporter configured here.</summary>
    public bool Enabled { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(OtlpEndpoint) && !Uri.TryCreate(OtlpEndpoint, UriKind.Absolute, out _))
            yield return new ValidationResult($"{Section}:OtlpEndpoint is set, but not to an address such as http://collector:4318.", [nameof(OtlpEndpoint)]);
        if (OtlpProtocol is not (null or "" or "grpc" or "http/protobuf"))
            yield return new ValidationResult($"{Section}:OtlpProtocol is \"grpc\" or \"http/protobuf\".", [nameof(OtlpProtocol)]);
        if (!IPAddress.TryParse(PrometheusAddress, out _))
            yield return new ValidationResult($"{Section}:PrometheusAddress is an IP address such as 127.0.0.1 or 0.0.0.0.", [nameof(PrometheusAddress)]);
    }

    /// <summary>The OTLP endpoint from this section or the standard variable, or null when nothing is to be exported.</summary>
    public string? OtlpEndpointOrStandard(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(OtlpEndpoint) ? OtlpEndpoint
        : !string.IsNullOrWhiteSpace(configuration[StandardOtlpVariable]) ? configuration[StandardOtlpVariable]
        : null;
}
