using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Access;
using Vigil.Domain.Common;
using Vigil.Storage;

namespace Vigil.Server.Features.Indicators;

/// <summary>The checks indicator use cases make before touching rows; the storage guard checks writes again.</summary>
internal static class IndicatorAccess
{
    public const int MinReasonLength = 5;

    public static Error NotFound(Guid id) => Error.NotFound("indicator.not_found", $"Indicator {id} does not exist or is outside your scope.");

    public static Error PackNotFound(Guid id) => Error.NotFound("pack.not_found", $"Indicator pack {id} does not exist or is outside your scope.");

    /// <summary>The unit the caller acts for: the one given, or their only bound unit.</summary>
    public static async Task<Result<Guid>> UnitAsync(VigilDbContext db, Guid? requested, CancellationToken ct)
    {
        Guid unitId;
        if (requested is { } given && given != Guid.Empty)
        {
            unitId = given;
        }
        else
        {
            var bound = db.Access.ActorId is { } actor
                ? await db.UserUnits.AsNoTracking().Where(b => b.UserId == actor).Select(b => b.UnitId).ToListAsync(ct)
                : [];
            if (bound.Count != 1)
            {
                return Error.Validation("indicator.unit_required", "Say which unit the indicators belong to (unitId).", "unitId");
            }

            unitId = bound[0];
        }

        if (!await db.Units.AsNoTracking().AnyAsync(u => u.Id == unitId, ct))
        {
            return Error.NotFound("unit.not_found", $"Unit {unitId} does not exist or is outside your scope.");
        }

        return db.Access.Scope.CanWrite(unitId)
            ? unitId
            : Error.Forbidden("indicator.forbidden", "You may read this unit's indicators but not change them.");
    }

    /// <summary>Coordinators (and administrators) of the target publish packs to its subtree.</summary>
    public static bool Publishes(VigilDbContext db, Guid targetUnitId) =>
        db.Access.Scope is { } scope && (scope.IsAll || scope.Role == Role.Coordinator && scope.CanWrite(targetUnitId));

    public static Error? Reason(string? reason, string field) =>
        string.IsNullOrWhiteSpace(reason) || reason.Trim().Length < MinReasonLength
            ? Error.Validation("indicator.reason_required", $"Give a reason of at least {MinReasonLength} characters.", field)
            : reason.Trim().Length > 2000 ? Error.Validation("indicator.reason_too_long", "The reason is longer than 2000 characters.", field) : null;
}
