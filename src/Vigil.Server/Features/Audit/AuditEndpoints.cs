using Vigil.Server.Hosting;
using Vigil.Server.Infrastructure;

namespace Vigil.Server.Features.Audit;

internal static class AuditEndpoints
{
    public static RouteGroupBuilder MapAuditEndpoints(this RouteGroupBuilder api)
    {
        var audit = api.MapGroup("/audit").WithTags("Audit").RequireAuthorization(VigilAuthentication.ReadAudit);
        audit.MapGet("/", async (DateTime? from, DateTime? to, string? actor, string? action, string? entityType, string? entityId, Guid? unitId, int? page, int? pageSize, AuditQuery q, CancellationToken ct) =>
            (await q.SearchAsync(new AuditFilter(from?.ToUniversalTime(), to?.ToUniversalTime(), actor, action, entityType, entityId, unitId, page ?? 1, pageSize ?? 100), ct)).ToHttp())
            .WithSummary("Audit entries, newest first; filters by time, actor, action, entity type and unit.");
        return audit;
    }
}
