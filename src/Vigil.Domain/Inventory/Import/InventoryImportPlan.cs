using Vigil.Domain.Assets;
using Vigil.Domain.Devices;

namespace Vigil.Domain.Inventory.Import;

/// <summary>A computer row with its unit resolved and what importing it will do.</summary>
public sealed record PlannedComputer(ComputerSheetRow Row, Guid UnitId, ImportAction Action);

/// <summary>A network-device row with its unit resolved, the stored device it updates (if any) and what importing it will do.</summary>
public sealed record PlannedDevice(NetworkDeviceSheetRow Row, Guid UnitId, NetworkDevice? Existing, ImportAction Action);

/// <summary>
/// What an inventory import will do, or every reason it cannot: parse errors plus, for every row, a unit code that
/// is unknown or outside the importer's scope (one message for both, so that the answer does not reveal whether a
/// unit the importer may not see exists).
/// </summary>
public sealed class InventoryImportPlan
{
    private InventoryImportPlan(IReadOnlyList<PlannedComputer> computers, IReadOnlyList<PlannedDevice> devices, IReadOnlyList<InventoryImportError> errors)
    {
        Computers = computers;
        Devices = devices;
        Errors = errors;
        ComputerCounts = ImportCounts.Of(computers.Select(c => c.Action));
        DeviceCounts = ImportCounts.Of(devices.Select(d => d.Action));
    }

    public IReadOnlyList<PlannedComputer> Computers { get; }

    public IReadOnlyList<PlannedDevice> Devices { get; }

    public IReadOnlyList<InventoryImportError> Errors { get; }

    public ImportCounts ComputerCounts { get; }

    public ImportCounts DeviceCounts { get; }

    public bool IsValid => Errors.Count == 0;

    /// <param name="parsed">The parser's result (valid or not: its unit references are checked either way).</param>
    /// <param name="writableUnitsByCode">The units the importer may change, by upper-case code.</param>
    /// <param name="existingDevices">Stored network devices of those units.</param>
    /// <param name="classifyComputer">Whether a computer row is new, changes its source record, or repeats it.</param>
    public static InventoryImportPlan Build(
        InventorySheetParseResult parsed,
        IReadOnlyDictionary<string, Guid> writableUnitsByCode,
        IReadOnlyCollection<NetworkDevice> existingDevices,
        Func<ComputerSheetRow, Guid, ImportAction> classifyComputer)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        ArgumentNullException.ThrowIfNull(writableUnitsByCode);
        ArgumentNullException.ThrowIfNull(existingDevices);
        ArgumentNullException.ThrowIfNull(classifyComputer);

        var errors = new ImportErrorList(InventorySheetParser.MaxErrors);
        var full = parsed.Errors.Any(e => e.Code == ImportCodes.TooManyErrors);
        foreach (var e in parsed.Errors)
        {
            errors.Add(e.Location, e.Code, e.Message, e.EnglishMessage);
        }

        foreach (var reference in parsed.UnitReferences)
        {
            if (!full && !writableUnitsByCode.ContainsKey(reference.UnitCode))
            {
                errors.Add(reference.Cell, ImportCodes.UnitNotFoundOrNotYours,
                    $"Không có đơn vị mã '{reference.UnitCode}' trong phạm vi của bạn: mã sai, hoặc đơn vị không do bạn quản lý.",
                    $"No unit with code '{reference.UnitCode}' in your scope: the code is wrong, or the unit is not one you manage.");
            }
        }

        if (errors.Count > 0)
        {
            return new InventoryImportPlan([], [], Ordered(errors.Items, parsed.UnitReferences));
        }

        var computers = parsed.Computers
            .Select(row => (Row: row, UnitId: writableUnitsByCode[row.UnitCode]))
            .Select(x => new PlannedComputer(x.Row, x.UnitId, classifyComputer(x.Row, x.UnitId)))
            .ToList();

        var stored = new Dictionary<(Guid, string), NetworkDevice>();
        // Several stored devices may share a name (other sources); an earlier import's record is the one to update.
        foreach (var device in existingDevices.OrderBy(d => d.Source == ImportSource ? 0 : 1).ThenBy(d => d.Id))
        {
            stored.TryAdd((device.UnitId, SheetValues.HostnameKey(device.Hostname)), device);
        }

        var devices = parsed.NetworkDevices.Select(row =>
        {
            var unitId = writableUnitsByCode[row.UnitCode];
            var existing = stored.GetValueOrDefault((unitId, row.HostnameKey));
            var action = existing is null ? ImportAction.New : SameAsStored(existing, row) ? ImportAction.Unchanged : ImportAction.Updated;
            return new PlannedDevice(row, unitId, existing, action);
        }).ToList();

        return new InventoryImportPlan(computers, devices, []);
    }

    /// <summary>The <c>source</c> value of rows written by a spreadsheet import.</summary>
    public const string ImportSource = "import";

    /// <summary>Copies a row onto a stored (or new) device; the observed time is the import's.</summary>
    public static void Apply(NetworkDevice device, NetworkDeviceSheetRow row, Guid unitId, DateTime observedAt)
    {
        ArgumentNullException.ThrowIfNull(device);
        ArgumentNullException.ThrowIfNull(row);
        device.UnitId = unitId;
        device.Hostname = row.Hostname;
        device.Kind = row.Kind;
        device.Vendor = row.Vendor;
        device.Model = row.Model;
        device.SoftwareVersion = row.Firmware;
        device.SerialNumber = row.SerialNumber;
        device.ManagementIp = row.ManagementIp;
        device.Location = row.Location;
        device.Notes = row.Notes;
        device.Source = ImportSource;
        device.ObservedAt = observedAt;

        // A sheet has no software column: the family comes from the model and version when they tell it, and a family
        // a pasted show version or SNMP already reported is kept.
        device.SoftwareFamily ??= FamilyOf(row);
    }

    private static string? FamilyOf(NetworkDeviceSheetRow row) =>
        CiscoOsFamilies.Code(CiscoFamilyGuess.Guess(row.Vendor, row.Model, row.Kind, row.Firmware));

    private static bool SameAsStored(NetworkDevice d, NetworkDeviceSheetRow r) =>
        d.Hostname == r.Hostname && d.Kind == r.Kind && d.Vendor == r.Vendor && d.Model == r.Model && d.SoftwareVersion == r.Firmware
        && d.SerialNumber == r.SerialNumber && d.ManagementIp == r.ManagementIp && d.Location == r.Location && d.Notes == r.Notes
        && d.Source == ImportSource && (d.SoftwareFamily is not null || FamilyOf(r) is null);

    /// <summary>Errors in file order: by sheet (as the file orders them), then row, then column.</summary>
    private static List<InventoryImportError> Ordered(IReadOnlyList<InventoryImportError> errors, IReadOnlyList<UnitReference> references)
    {
        var sheetOrder = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sheet in errors.Select(e => e.Location.Sheet).Concat(references.Select(r => r.Cell.Sheet)))
        {
            sheetOrder.TryAdd(sheet, sheetOrder.Count);
        }

        // The "too many errors" note stays last wherever it points.
        return [.. errors
            .OrderBy(e => e.Code == ImportCodes.TooManyErrors ? 1 : 0)
            .ThenBy(e => sheetOrder[e.Location.Sheet])
            .ThenBy(e => e.Location.Row)
            .ThenBy(e => e.Location.Column.Length)
            .ThenBy(e => e.Location.Column, StringComparer.Ordinal)];
    }
}
