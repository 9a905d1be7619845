using Vigil.Domain.Access;
using Vigil.Domain.Common;
using Vigil.Storage;

namespace Vigil.Server.Features.Directives;

/// <summary>The checks directive use cases make before touching rows; the storage guard checks writes again.</summary>
internal static class DirectiveAccess
{
    public static Error DirectiveNotFound(Guid id) => Error.NotFound("directive.not_found", $"Directive {id} does not exist or is outside your scope.");

    public static Error ReportNotFound(Guid directiveId, Guid unitId) =>
        Error.NotFound("report.not_found", $"Directive {directiveId} has no report of unit {unitId} that you can see.");

    /// <summary>Coordinators (and administrators) of the directive's target manage it: create, reopen, remind, read every report.</summary>
    public static bool Manages(VigilDbContext db, Guid targetUnitId) =>
        db.Access.Scope is { } scope && (scope.IsAll || scope.Role == Role.Coordinator && scope.CanWrite(targetUnitId));

    /// <summary>Reads the whole board: managers and viewers of the target's subtree.</summary>
    public static bool Oversees(VigilDbContext db, Guid targetUnitId) => db.Access.Scope.CanRead(targetUnitId);
}
