using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Vigil.Server.Features.Compliance;

/// <summary>Degraded while the site's policy files are broken: evaluation goes on with the last good policy.</summary>
internal sealed class ComplianceHealthCheck(CompliancePolicyHolder policies) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var errors = policies.Errors;
        return Task.FromResult(errors.Count == 0
            ? HealthCheckResult.Healthy($"policy {policies.Active.Fingerprint}")
            : HealthCheckResult.Degraded(
                $"site policy files refused, {policies.Origin} policy {policies.Active.Fingerprint} in use: " + string.Join("; ", errors.Select(e => e.Message))));
    }
}
