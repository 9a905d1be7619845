using System.Globalization;
using System.Text.RegularExpressions;
using Vigil.Domain.Common;

namespace Vigil.Domain.Devices.Snmp;

/// <summary>
/// Turns a poll's reading into the same <see cref="DeviceFacts"/> pasted CLI output gives. The software family and
/// version come from sysDescr through <see cref="CiscoCliParser"/> (IOS and IOS XE print their show version's first
/// line there), with the few sysDescr shapes that are not show version lines (NX-OS, ASA, WLC, small-business)
/// read here and checked by <see cref="CiscoVersion"/>'s grammar. Model and serial are the ENTITY-MIB chassis'.
/// </summary>
public static partial class SnmpDeviceFacts
{
    /// <summary>Cisco's enterprise arc: every Cisco sysObjectID is below it.</summary>
    public const string CiscoEnterprise = "1.3.6.1.4.1.9";

    [GeneratedRegex(@"Version\s+(?<ver>[0-9][^,\s]*)", RegexOptions.CultureInvariant)]
    private static partial Regex VersionWord();

    public static Result<DeviceFacts> Build(SnmpDeviceReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        var descr = reading.SysDescr?.Trim() ?? "";
        var isCisco = SnmpOid.TryParse(reading.SysObjectId, out var objectId) && objectId.StartsWith(SnmpOid.Parse(CiscoEnterprise));
        if (!isCisco && !descr.Contains("Cisco", StringComparison.OrdinalIgnoreCase))
        {
            return Error.Validation(SnmpCodes.NotCisco,
                $"The agent is not a Cisco device (sysObjectID {reading.SysObjectId ?? "missing"}, sysDescr '{Shorten(descr)}'); only Cisco devices are read so far.");
        }

        var chassis = reading.Entities.FirstOrDefault(e => e.Class == SnmpEntityRow.ChassisClass && (e.ModelName is not null || e.Serial is not null))
            ?? reading.Entities.FirstOrDefault(e => e.Class == SnmpEntityRow.ChassisClass);
        var warnings = new List<DeviceParseWarning>();
        var (family, versionText, softwareImage, softwareDescription) = Software(descr, chassis);
        CiscoVersion? version = null;
        if (versionText is not null)
        {
            var parsed = CiscoVersion.Parse(family, versionText);
            if (parsed.IsSuccess)
            {
                version = parsed.Value;
            }
            else
            {
                warnings.Add(new DeviceParseWarning(null, DeviceParseCodes.VersionUnparsed, $"{parsed.Error!.Message} It is kept as printed and cannot be compared."));
            }
        }
        else
        {
            warnings.Add(new DeviceParseWarning(null, DeviceParseCodes.NoVersion, $"sysDescr '{Shorten(descr)}' names no software version"));
        }

        var model = Clean(chassis?.ModelName);
        var serial = Clean(chassis?.Serial);
        if (model is null)
        {
            warnings.Add(new DeviceParseWarning(null, DeviceParseCodes.ModelMissing, "ENTITY-MIB gives no chassis model name"));
        }

        if (serial is null)
        {
            warnings.Add(new DeviceParseWarning(null, DeviceParseCodes.SerialMissing, "ENTITY-MIB gives no chassis serial number"));
        }

        var kind = DeviceKindGuess.Guess(family, model ?? chassis?.Description, softwareDescription);
        TimeSpan? uptime = reading.SysUpTimeTicks is { } ticks and >= 0 ? TimeSpan.FromMilliseconds(ticks * 10.0) : null;
        return new DeviceFacts
        {
            Vendor = CiscoCliParser.Cisco,
            Kind = kind,
            OsFamily = family,
            VersionText = versionText,
            Version = version,
            SoftwareImage = softwareImage,
            Model = model,
            Serial = serial,
            Hostname = HostOf(reading.SysName),
            UptimeText = uptime is { } u ? FormatUptime(u) : null,
            Uptime = uptime,
            Modules = Modules(reading.Entities, chassis),
            Warnings = warnings,
        };
    }

    private static (CiscoOsFamily Family, string? Version, string? Image, string? Description) Software(string descr, SnmpEntityRow? chassis)
    {
        var cli = CiscoCliParser.Parse(descr);
        if (cli.IsSuccess && cli.Value!.OsFamily != CiscoOsFamily.Unknown)
        {
            return (cli.Value.OsFamily, cli.Value.VersionText, cli.Value.SoftwareImage, descr);
        }

        var word = VersionWord().Match(descr);
        var fromDescr = word.Success ? word.Groups["ver"].Value : null;
        var fromEntity = Clean(chassis?.SoftwareRev);
        if (descr.Contains("NX-OS", StringComparison.OrdinalIgnoreCase))
        {
            return (CiscoOsFamily.NxOs, fromDescr ?? fromEntity, null, descr);
        }

        if (descr.Contains("Adaptive Security Appliance", StringComparison.OrdinalIgnoreCase))
        {
            return (CiscoOsFamily.Asa, fromDescr ?? fromEntity, null, descr);
        }

        // A WLC's sysDescr is just "Cisco Controller"; its chassis row carries the AireOS version.
        if (descr.Equals("Cisco Controller", StringComparison.OrdinalIgnoreCase))
        {
            return (CiscoOsFamily.AireOs, fromEntity, null, descr);
        }

        if (CiscoCliParser.SmallBusinessModel(descr) is not null)
        {
            return (CiscoOsFamily.SmallBusiness, fromEntity ?? fromDescr, null, descr);
        }

        return (CiscoOsFamily.Unknown, fromDescr ?? fromEntity, null, descr);
    }

    /// <summary>show inventory's entries: each entity with a product id or serial, chassis first.</summary>
    private static DeviceModule[] Modules(IReadOnlyList<SnmpEntityRow> rows, SnmpEntityRow? chassis) =>
        rows.Where(r => Clean(r.ModelName) is not null || Clean(r.Serial) is not null)
            .OrderBy(r => r == chassis ? 0 : 1).ThenBy(r => r.Index)
            .Select(r => new DeviceModule(Clean(r.Name) ?? r.Index.ToString(CultureInfo.InvariantCulture), Clean(r.Description) ?? "",
                Clean(r.ModelName), null, Clean(r.Serial), r == chassis, 0))
            .ToArray();

    /// <summary>sysName is often the FQDN; devices are known by their host name, as the CLI prompt shows it.</summary>
    private static string? HostOf(string? sysName)
    {
        var name = Clean(sysName);
        if (name is null)
        {
            return null;
        }

        var dot = name.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 && !char.IsDigit(name[0]) ? name[..dot] : name;
    }

    /// <summary>IOS's uptime wording ("2 days, 3 hours, 4 minutes"), which <see cref="UptimeText"/> reads back.</summary>
    private static string FormatUptime(TimeSpan uptime)
    {
        var parts = new List<string>();
        void Add(int value, string unit)
        {
            if (value > 0 || (unit == "minute" && parts.Count == 0))
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"{value} {unit}{(value == 1 ? "" : "s")}"));
            }
        }

        var weeks = uptime.Days / 7;
        Add(weeks, "week");
        Add(uptime.Days % 7, "day");
        Add(uptime.Hours, "hour");
        Add(uptime.Minutes, "minute");
        return string.Join(", ", parts);
    }

    private static string? Clean(string? value) =>
        string.IsNullOrWhiteSpace(value) || value.Trim().Equals("N/A", StringComparison.OrdinalIgnoreCase) ? null : value.Trim();

    private static string Shorten(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 77), "...");
}
