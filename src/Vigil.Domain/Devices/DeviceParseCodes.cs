namespace Vigil.Domain.Devices;

/// <summary>Stable codes of the errors and warnings of device parsing; clients and tests switch on them.</summary>
public static class DeviceParseCodes
{
    public const string VersionInvalid = "device.version.invalid";
    public const string FamilyUnknown = "device.family.unknown";

    public const string Empty = "device.cli.empty";
    public const string TooLarge = "device.cli.too_large";
    public const string Binary = "device.cli.binary";
    public const string LineTooLong = "device.cli.line_too_long";
    public const string Unrecognised = "device.cli.unrecognised";
    public const string MixedDevices = "device.cli.mixed_devices";
    public const string NoVersion = "device.cli.no_version";
    public const string InventoryBroken = "device.cli.inventory_broken";

    // Warnings: the result stands, but a person should look.
    public const string VersionUnparsed = "device.cli.version_unparsed";
    public const string SpecialBuild = "device.cli.special_build";
    public const string NoShowVersion = "device.cli.no_show_version";
    public const string ModelMissing = "device.cli.model_missing";
    public const string SerialMissing = "device.cli.serial_missing";
    public const string SerialMismatch = "device.cli.serial_mismatch";
    public const string KindUnknown = "device.cli.kind_unknown";
    public const string CommandIgnored = "device.cli.command_ignored";
    public const string HostnameFromPrompt = "device.cli.hostname_from_prompt";
    public const string StackVersionsDiffer = "device.cli.stack_versions_differ";
    public const string UptimeUnparsed = "device.cli.uptime_unparsed";
}
