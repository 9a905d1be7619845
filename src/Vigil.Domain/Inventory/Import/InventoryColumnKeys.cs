namespace Vigil.Domain.Inventory.Import;

/// <summary>The stable keys of inventory sheet columns (English, snake_case).</summary>
public static class InventoryColumnKeys
{
    public const string UnitCode = "unit_code";
    public const string Hostname = "hostname";
    public const string SerialNumber = "serial_number";
    public const string Uuid = "uuid";
    public const string MacAddresses = "mac_addresses";
    public const string Owner = "owner";
    public const string Personal = "personal";
    public const string Os = "os";
    public const string OsVersion = "os_version";
    public const string Architecture = "architecture";
    public const string Cpu = "cpu";
    public const string RamGb = "ram_gb";
    public const string DiskKind = "disk_kind";
    public const string DiskGb = "disk_gb";
    public const string AntiMalware = "anti_malware";
    public const string Notes = "notes";
    public const string DeviceKind = "kind";
    public const string Vendor = "vendor";
    public const string Model = "model";
    public const string Firmware = "firmware";
    public const string ManagementIp = "management_ip";
    public const string Location = "location";
}
