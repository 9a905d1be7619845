using K = Vigil.Domain.Inventory.Import.InventoryColumnKeys;

namespace Vigil.Domain.Inventory.Import;

public static partial class InventorySheetParser
{
    private static NetworkDeviceSheetRow? ReadDevice(RowCells cells, ParseRun run)
    {
        var before = cells.Errors.Count;
        var unitCode = ReadUnit(cells, run);
        var hostname = ReadHostname(cells, run, InventorySheetKind.NetworkDevices, unitCode);

        string? kind = null;
        if (cells.Text(K.DeviceKind) is not { } rawKind)
        {
            cells.Error(K.DeviceKind, ImportCodes.DeviceKindRequired, "Thiếu loại thiết bị.", "The device kind is missing.");
        }
        else if ((kind = NetworkDeviceKinds.Recognise(rawKind)) is null)
        {
            cells.Error(K.DeviceKind, ImportCodes.DeviceKindUnknown,
                $"Không rõ loại thiết bị '{rawKind}'; dùng Switch (bộ chuyển mạch), Router (định tuyến), Wi-Fi, Tường lửa hoặc Module.",
                $"Unknown device kind '{rawKind}'; use Switch, Router, Wi-Fi, Firewall (Tường lửa) or Module.");
        }

        string? ip = null;
        if (cells.Text(K.ManagementIp) is { } rawIp && !SheetValues.TryParseIpAddress(rawIp, out ip))
        {
            cells.Error(K.ManagementIp, ImportCodes.IpInvalid,
                $"'{rawIp}' không phải địa chỉ IP (ví dụ 10.10.1.1).",
                $"'{rawIp}' is not an IP address (e.g. 10.10.1.1).");
            ip = null;
        }

        var vendor = cells.Limited(K.Vendor, 100);
        var model = cells.Limited(K.Model, 100);
        var serial = cells.Limited(K.SerialNumber, 100);
        CheckUnique(cells, run, InventorySheetKind.NetworkDevices, K.SerialNumber, IdentityKeys.Serial(serial), "Số serial", "serial number");
        var firmware = cells.Limited(K.Firmware, 100);
        var location = cells.Limited(K.Location);
        var notes = cells.Limited(K.Notes, MaxNotes);

        if (cells.Errors.Count > before || unitCode is null || hostname is null || kind is null)
        {
            return null;
        }

        return new NetworkDeviceSheetRow(
            cells.At(K.UnitCode), unitCode, hostname, SheetValues.HostnameKey(hostname), kind,
            vendor is null ? "" : SheetValues.Vendor(vendor), model, serial, firmware, ip, location, notes);
    }
}
