using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Mvc;
using Vigil.Server.Features.Account;
using Vigil.Server.Features.Agents;
using Vigil.Server.Features.Audit;
using Vigil.Server.Features.Compliance;
using Vigil.Server.Features.Dashboard;
using Vigil.Server.Features.Directives;
using Vigil.Server.Features.Inventory;
using Vigil.Server.Features.Inventory.Ocs;
using Vigil.Server.Features.InventoryImport;
using Vigil.Server.Features.NetworkDevices;
using Vigil.Server.Features.Remediation;
using Vigil.Server.Features.Units;
using Vigil.Server.Features.Users;
using Vigil.Server.Infrastructure;

namespace Vigil.Server.Hosting;

internal static class VigilEndpoints
{
    public const string ApiPrefix = "/api/v1";

    public static void MapVigilEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();

        var api = app.MapGroup(ApiPrefix).RequireAuthorization(VigilAuthentication.ApiUser).RequireRateLimiting(VigilServices.MachineRateLimit);
        api.MapAccountEndpoints();
        api.MapUnitEndpoints();
        api.MapUserEndpoints();
        api.MapAuditEndpoints();
        api.MapDashboardEndpoints();
        api.MapInventoryEndpoints();
        api.MapAgentApiEndpoints();
        app.MapAgentEndpoints();
        app.MapOcsEndpoints();
        api.MapInventoryImportEndpoints();
        api.MapComplianceEndpoints();
        api.MapRemediationEndpoints();
        api.MapNetworkDeviceEndpoints();
        Features.NetworkDevices.Snmp.SnmpEndpoints.MapSnmpEndpoints(api);
        api.MapDirectiveEndpoints();
        Features.Indicators.IndicatorEndpoints.MapIndicatorEndpoints(api);
        Features.Indicators.IndicatorEndpoints.MapFeedEndpoints(app);
        Features.Alerts.AlertEndpoints.MapAlertEndpoints(api);
        Features.Isolation.IsolationEndpoints.MapIsolationEndpoints(api);
        Features.Isolation.IsolationEndpoints.MapQuarantineFeedEndpoints(app);
        Features.Incidents.IncidentEndpoints.MapIncidentEndpoints(api);
        Features.Notifications.NotificationEndpoints.MapNotificationEndpoints(api);
        Features.Vulnerabilities.VulnerabilityEndpoints.MapVulnerabilityEndpoints(api);

        // Language switch for pages: a form post (antiforgery-checked) that sets the culture cookie.
        app.MapPost("/language", (HttpContext http, [FromForm] string culture, [FromForm] string? returnUrl) =>
        {
            CultureCookie.Append(http.Response, culture);
            return Results.LocalRedirect(string.IsNullOrEmpty(returnUrl) || !returnUrl.StartsWith('/') || returnUrl.StartsWith("//", StringComparison.Ordinal) ? "/" : returnUrl);
        }).AllowAnonymous().ExcludeFromDescription();

        app.MapRazorPages();
    }
}
