using Vigil.Domain.Assets;
using Vigil.Domain.Devices;

namespace Vigil.Server.Features.NetworkDevices;

/// <summary>
/// What a report changed on a device: one history row per field whose value differs, and a verified firmware update
/// when the device went from below its baseline to at or above it. Shared by pasted CLI output and the spreadsheet
/// import, so both sources leave the same history.
/// </summary>
internal static class NetworkDeviceHistory
{
    public sealed record State(string Hostname, string Kind, string? Model, string? Serial, string? ManagementIp, string? Family, string? Version, string? Image);

    public static State Of(NetworkDevice d) => new(d.Hostname, d.Kind, d.Model, d.SerialNumber, d.ManagementIp, d.SoftwareFamily, d.SoftwareVersion, d.Image);

    public static List<NetworkDeviceChange> Changes(State? before, NetworkDevice after, string source, DateTime at, string actor)
    {
        var changes = new List<NetworkDeviceChange>();
        void Add(string field, string? old, string? now)
        {
            if (!string.Equals(old, now, StringComparison.Ordinal))
            {
                changes.Add(new NetworkDeviceChange
                {
                    Id = Guid.CreateVersion7(), DeviceId = after.Id, UnitId = after.UnitId, At = at, Source = source, Field = field,
                    OldValue = old, NewValue = now, Actor = actor,
                });
            }
        }

        if (before is null)
        {
            Add("created", null, after.Hostname);
            return changes;
        }

        var now = Of(after);
        Add("hostname", before.Hostname, now.Hostname);
        Add("kind", before.Kind, now.Kind);
        Add("model", before.Model, now.Model);
        Add("serial", before.Serial, now.Serial);
        Add("management_address", before.ManagementIp, now.ManagementIp);
        Add("software_family", before.Family, now.Family);
        Add("version", before.Version, now.Version);
        Add("image", before.Image, now.Image);
        return changes;
    }

    /// <summary>
    /// The verified update, when the previous version failed the baseline that now applies and the new one passes it.
    /// Both versions are judged against the same baseline so that editing a baseline never fabricates an update.
    /// </summary>
    public static FirmwareUpdateEvent? FirmwareUpdate(State? before, NetworkDevice after, IReadOnlyList<FirmwareBaseline> baselines,
        string source, DateTime at, DateTime observedAt, string actor)
    {
        if (before?.Version is null || after.SoftwareVersion is null || after.SoftwareFamily is null
            || !string.Equals(before.Family ?? after.SoftwareFamily, after.SoftwareFamily, StringComparison.Ordinal))
        {
            return null;
        }

        var newVerdict = FirmwareRule.Evaluate(after.SoftwareFamily, after.Model, after.SoftwareVersion, baselines);
        var oldVerdict = FirmwareRule.Evaluate(after.SoftwareFamily, after.Model, before.Version, baselines);
        if (newVerdict.Status != FirmwareStatus.Pass || oldVerdict.Status != FirmwareStatus.Fail)
        {
            return null;
        }

        return new FirmwareUpdateEvent
        {
            Id = Guid.CreateVersion7(), DeviceId = after.Id, UnitId = after.UnitId, At = at, ObservedAt = observedAt, Source = source,
            SoftwareFamily = after.SoftwareFamily, OldVersion = before.Version, NewVersion = after.SoftwareVersion,
            BaselineVersion = newVerdict.BaselineVersion!, Actor = actor,
        };
    }
}
