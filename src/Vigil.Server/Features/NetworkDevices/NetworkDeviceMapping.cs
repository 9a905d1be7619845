using Vigil.Contracts.V1;
using Vigil.Domain.Assets;
using Vigil.Domain.Devices;

namespace Vigil.Server.Features.NetworkDevices;

/// <summary>Domain records to wire shapes; the parse mapping matches <c>vigil device parse</c>'s.</summary>
internal static class NetworkDeviceMapping
{
    public static DeviceParseDto ToDto(this DeviceFacts facts) => new()
    {
        Vendor = facts.Vendor,
        Kind = facts.Kind,
        Os = facts.OsFamilyCode,
        Version = facts.VersionText,
        VersionNormalized = facts.Version?.Normalized,
        Model = facts.Model,
        Serial = facts.Serial,
        Hostname = facts.Hostname,
        ManagementAddress = facts.ManagementAddress,
        Uptime = facts.UptimeText,
        UptimeSeconds = facts.Uptime is { } uptime ? (long)uptime.TotalSeconds : null,
        Image = facts.Image,
        SoftwareImage = facts.SoftwareImage,
        LastReloadReason = facts.LastReloadReason,
        ConfigRegister = facts.ConfigRegister,
        Modules = facts.Modules.Select(m => new DeviceModuleDto(m.Name, m.Description, m.ProductId, m.VersionId, m.Serial, m.IsChassis, m.Line)).ToArray(),
        Commands = facts.Commands.Select(c => new DeviceCommandDto(c.Command, c.Line)).ToArray(),
        Warnings = facts.Warnings.Select(w => new DeviceWarningDto(w.Line, w.Code, w.Message)).ToArray(),
    };

    public static NetworkDeviceDto ToDto(this NetworkDevice d, FirmwareVerdict verdict, DeviceLifecycleDto lifecycle, DateTime staleBefore) => new()
    {
        Id = d.Id, UnitId = d.UnitId, Hostname = d.Hostname, Kind = d.Kind, Vendor = d.Vendor, Model = d.Model, Serial = d.SerialNumber,
        ManagementAddress = d.ManagementIp, SoftwareFamily = d.SoftwareFamily, Version = d.SoftwareVersion, Image = d.Image, Uptime = d.Uptime,
        LastReloadAt = d.LastReloadAt, Location = d.Location, Source = d.Source, ObservedAt = d.ObservedAt, Stale = d.ObservedAt < staleBefore,
        Firmware = new FirmwareVerdictDto(verdict.StatusCode, verdict.Reason, verdict.BaselineVersion, verdict.BaselineModel),
        Lifecycle = lifecycle,
    };

    public static NetworkDeviceChangeDto ToDto(this NetworkDeviceChange c) => new(c.At, c.Source, c.Field, c.OldValue, c.NewValue, c.Actor);

    public static FirmwareUpdateEventDto ToDto(this FirmwareUpdateEvent e, string hostname) =>
        new(e.Id, e.DeviceId, e.UnitId, hostname, e.At, e.ObservedAt, e.Source, e.SoftwareFamily, e.OldVersion, e.NewVersion, e.BaselineVersion, e.Actor);

    public static FirmwareBaselineDto ToDto(this FirmwareBaseline b) =>
        new(b.Id, b.UnitId, b.SoftwareFamily, b.Model, b.MinimumVersion, b.Note, b.UpdatedAt, b.UpdatedBy);
}
