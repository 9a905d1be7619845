using Vigil.Server.Infrastructure;

namespace Vigil.Server.Features.Dashboard;

internal static class DashboardEndpoints
{
    public static RouteGroupBuilder MapDashboardEndpoints(this RouteGroupBuilder api)
    {
        var dashboard = api.MapGroup("/dashboard").WithTags("Dashboard");
        dashboard.MapGet("/", async (DashboardService s, CancellationToken ct) => (await s.GetAsync(null, true, ct)).ToHttp())
            .WithSummary("Figures over everything you can see.");
        dashboard.MapGet("/units/{unitId:guid}", async (Guid unitId, bool? subtree, DashboardService s, CancellationToken ct) =>
            (await s.GetAsync(unitId, subtree ?? true, ct)).ToHttp())
            .WithSummary("Figures for one unit, with its subtree unless subtree=false.");
        return dashboard;
    }
}
