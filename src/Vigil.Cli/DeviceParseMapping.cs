using Vigil.Contracts.V1;
using Vigil.Domain.Devices;

namespace Vigil.Cli;

/// <summary>Domain result to wire shape; the server's paste-and-parse endpoint maps the same way.</summary>
internal static class DeviceParseMapping
{
    public static DeviceParseDto ToDto(DeviceFacts facts, string? file) => new()
    {
        File = file,
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
}
