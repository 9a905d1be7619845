using Microsoft.EntityFrameworkCore;
using Vigil.Contracts.V1;
using Vigil.Domain.Common;
using Vigil.Domain.Organisation;
using Vigil.Storage;

namespace Vigil.Server.Features.Units;

/// <summary>Create, edit, move and remove units of the organisation tree; reads are limited by the caller's scope.</summary>
public sealed partial class UnitService(VigilDbContext db, TimeProvider clock)
{
    /// <summary>Visible units in tree order (each parent before its children, siblings by name).</summary>
    public async Task<List<OrgUnit>> ListAsync(CancellationToken ct)
    {
        var units = await db.Units.AsNoTracking().ToListAsync(ct);
        return OrderAsTree(units);
    }

    public async Task<Result<OrgUnit>> GetAsync(Guid id, CancellationToken ct) =>
        await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct) is { } unit ? unit : NotFound(id);

    public async Task<Result<OrgUnit>> CreateAsync(UnitWriteDto request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        OrgUnit? parent = null;
        if (request.ParentId is { } parentId)
        {
            parent = await db.Units.FirstOrDefaultAsync(u => u.Id == parentId, ct);
            if (parent is null)
            {
                return Error.NotFound("unit.parent_not_found", "The parent unit does not exist or is outside your scope.");
            }
        }

        if (!CanManageTree || !CanWrite(parent?.Id))
        {
            return Forbidden();
        }

        var unit = new OrgUnit { Id = Guid.CreateVersion7(), CreatedAt = Now };
        if (Apply(unit, request, creating: true) is { } invalid)
        {
            return invalid;
        }

        if (await CodeTakenAsync(unit.Code, null, ct))
        {
            return CodeTaken(unit.Code);
        }

        unit.ParentId = parent?.Id;
        unit.Path = UnitTree.PathFor(unit.Id, parent);
        unit.Depth = parent is null ? 0 : parent.Depth + 1;
        db.Units.Add(unit);
        await db.SaveChangesAsync(ct);
        return unit;
    }

    public async Task<Result<OrgUnit>> UpdateAsync(Guid id, UnitWriteDto request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var unit = await db.Units.FirstOrDefaultAsync(u => u.Id == id, ct);
        if (unit is null)
        {
            return NotFound(id);
        }

        if (!CanWrite(unit.Id))
        {
            return Forbidden();
        }

        if (Apply(unit, request, creating: false) is { } invalid)
        {
            return invalid;
        }

        if (await CodeTakenAsync(unit.Code, unit.Id, ct))
        {
            return CodeTaken(unit.Code);
        }

        unit.UpdatedAt = Now;
        await db.SaveChangesAsync(ct);
        return unit;
    }

    /// <summary>Moves a unit with its whole subtree; paths of every descendant are rewritten in one save.</summary>
    public async Task<Result<OrgUnit>> MoveAsync(Guid id, Guid? newParentId, CancellationToken ct)
    {
        var unit = await db.Units.FirstOrDefaultAsync(u => u.Id == id, ct);
        if (unit is null)
        {
            return NotFound(id);
        }

        OrgUnit? parent = null;
        if (newParentId is { } pid && (parent = await db.Units.FirstOrDefaultAsync(u => u.Id == pid, ct)) is null)
        {
            return Error.NotFound("unit.parent_not_found", "The new parent unit does not exist or is outside your scope.");
        }

        if (!CanManageTree || !CanWrite(unit.Id) || !CanWrite(parent?.Id))
        {
            return Forbidden();
        }

        if (UnitTree.CheckMove(unit, parent) is { } invalid)
        {
            return invalid;
        }

        var descendants = await db.Units.IgnoreQueryFilters()
            .Where(u => u.Path.StartsWith(unit.Path) && u.Id != unit.Id).ToListAsync(ct);
        UnitTree.Move(unit, parent, descendants);
        unit.UpdatedAt = Now;
        await db.SaveChangesAsync(ct);
        return unit;
    }

    /// <summary>Removes an empty unit: no children, no accounts and no assets, so nothing is orphaned.</summary>
    public async Task<Result<OrgUnit>> DeleteAsync(Guid id, CancellationToken ct)
    {
        var unit = await db.Units.FirstOrDefaultAsync(u => u.Id == id, ct);
        if (unit is null)
        {
            return NotFound(id);
        }

        if (!CanManageTree || !CanWrite(unit.Id))
        {
            return Forbidden();
        }

        var inUse = await db.Units.IgnoreQueryFilters().AnyAsync(u => u.ParentId == id, ct)
            || await db.UserUnits.IgnoreQueryFilters().AnyAsync(b => b.UnitId == id, ct)
            || await db.Computers.IgnoreQueryFilters().AnyAsync(c => c.UnitId == id, ct)
            || await db.NetworkDevices.IgnoreQueryFilters().AnyAsync(d => d.UnitId == id, ct);
        if (inUse)
        {
            return Error.Conflict("unit.not_empty", $"'{unit.Code}' still has sub-units, accounts or assets; move or remove them first.");
        }

        db.Units.Remove(unit);
        await db.SaveChangesAsync(ct);
        return unit;
    }

    // Siblings sort as a Vietnamese reader expects (Đ after D, tones ignored first); built once, not per level.
    private static readonly StringComparer s_vietnameseNames = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: true);

    internal static List<OrgUnit> OrderAsTree(List<OrgUnit> units)
    {
        var visible = units.Select(u => u.Id).ToHashSet();
        var children = units.ToLookup(u => u.ParentId is { } p && visible.Contains(p) ? p : (Guid?)null);
        var ordered = new List<OrgUnit>(units.Count);
        void Walk(Guid? parent)
        {
            foreach (var child in children[parent].OrderBy(u => u.Name, s_vietnameseNames))
            {
                ordered.Add(child);
                Walk(child.Id);
            }
        }

        Walk(null);
        return ordered;
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Creating, moving and removing units is coordinators' and administrators' work; officers only edit details.</summary>
    private bool CanManageTree => db.Access.Scope.IsAll || db.Access.Scope.Role == Domain.Access.Role.Coordinator;

    /// <summary>Null parent means a new root, which only administrators may create.</summary>
    private bool CanWrite(Guid? unitId) => unitId is { } id ? db.Access.Scope.CanWrite(id) : db.Access.Scope.IsAll;

    private Task<bool> CodeTakenAsync(string code, Guid? except, CancellationToken ct) =>
        db.Units.IgnoreQueryFilters().AnyAsync(u => u.Code == code && u.Id != except, ct);

    private static Error NotFound(Guid id) => Error.NotFound("unit.not_found", $"Unit {id} does not exist or is outside your scope.");

    private static Error Forbidden() => Error.Forbidden("unit.forbidden", "You may not change this part of the organisation tree.");

    private static Error CodeTaken(string code) => Error.Conflict("unit.code_taken", $"The unit code '{code}' is already used.");
}
