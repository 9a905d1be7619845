using Microsoft.EntityFrameworkCore;
using Vigil.Contracts.V1;
using Vigil.Domain.Organisation;
using Vigil.Domain.Organisation.Import;

namespace Vigil.Server.Features.Units;

public sealed partial class UnitService
{
    /// <summary>Largest organisation CSV accepted: a whole province is a few hundred kilobytes.</summary>
    public const int MaxImportBytes = 5 * 1024 * 1024;

    /// <summary>
    /// Creates and updates units from an organisation CSV in one transaction. Any problem (format, unknown parent,
    /// cycle, a unit outside the caller's scope) is reported with its row and column and nothing is changed.
    /// </summary>
    public async Task<UnitImportResultDto> ImportCsvAsync(ReadOnlyMemory<byte> file, CancellationToken ct)
    {
        if (!CanManageTree)
        {
            return Rejected(new ImportErrorDto(0, UnitImportError.WholeRow, "Only coordinators and administrators import units."));
        }

        if (file.Length > MaxImportBytes)
        {
            return Rejected(new ImportErrorDto(0, UnitImportError.WholeRow, $"The file is larger than {MaxImportBytes / (1024 * 1024)} MiB."));
        }

        var parsed = UnitCsvParser.Parse(file.Span);
        if (!parsed.IsValid)
        {
            return Rejected([.. parsed.Errors.Select(ToDto)]);
        }

        var stored = await db.Units.IgnoreQueryFilters().ToListAsync(ct);
        var plan = UnitImportPlan.Build(parsed.Rows, stored.ToDictionary(u => u.Code, StringComparer.Ordinal));
        if (!plan.IsValid)
        {
            return Rejected([.. plan.Errors.Select(ToDto)]);
        }

        var byCode = stored.ToDictionary(u => u.Code, StringComparer.Ordinal);
        var created = new HashSet<string>(StringComparer.Ordinal);
        var errors = new List<ImportErrorDto>();
        foreach (var step in plan.Steps)
        {
            var row = step.Row;
            var parent = row.ParentCode is { } pc ? byCode[pc] : null;
            var parentAllowed = parent is null ? db.Access.Scope.IsAll : created.Contains(parent.Code) || db.Access.Scope.CanWrite(parent.Id);
            if (step.Action == UnitImportAction.Update && !db.Access.Scope.CanWrite(step.Existing!.Id))
            {
                errors.Add(new ImportErrorDto(row.Row, UnitCsvColumns.Code, $"The unit '{row.Code}' exists outside your scope; ask its coordinator to change it."));
                continue;
            }

            if ((step.Action == UnitImportAction.Create || step.ParentChanges) && !parentAllowed)
            {
                errors.Add(new ImportErrorDto(row.Row, UnitCsvColumns.ParentCode, row.ParentCode is null
                    ? "Only an administrator creates top-level units."
                    : $"The parent unit '{row.ParentCode}' is outside your scope."));
                continue;
            }

            var unit = step.Existing ?? new OrgUnit { Id = Guid.CreateVersion7(), CreatedAt = Now, Code = row.Code };
            if (step.Action == UnitImportAction.Create)
            {
                unit.ParentId = parent?.Id;
                unit.Path = UnitTree.PathFor(unit.Id, parent);
                unit.Depth = parent is null ? 0 : parent.Depth + 1;
                db.Units.Add(unit);
                byCode[unit.Code] = unit;
                created.Add(unit.Code);
            }
            else if (step.ParentChanges)
            {
                UnitTree.Move(unit, parent, stored);
            }

            unit.Name = row.Name;
            unit.Kind = row.Kind;
            unit.FormerDistrict = row.FormerDistrict;
            unit.TimeZone = row.TimeZone;
            unit.ContactName = row.ContactName;
            unit.ContactPhone = row.ContactPhone;
            unit.ContactEmail = row.ContactEmail;
            unit.Address = row.Address;
            unit.UpdatedAt = Now;
        }

        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return Rejected([.. errors]);
        }

        await db.SaveChangesAsync(ct);
        return new UnitImportResultDto(plan.CreateCount, plan.UpdateCount, []);
    }

    private static ImportErrorDto ToDto(UnitImportError e) => new(e.Row, e.Column, e.Reason);

    private static UnitImportResultDto Rejected(params ImportErrorDto[] errors) => new(0, 0, errors);
}
