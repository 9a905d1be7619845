using Vigil.Domain.Assets;

namespace Vigil.Domain.Devices;

/// <summary>
/// The firmware rule: a device passes when its version is at or above the baseline of its model (or, failing that,
/// of its software family). Versions are compared only within a family (<see cref="CiscoVersion"/>); when no order
/// exists the verdict is <see cref="FirmwareStatus.Unknown"/> with the reason, never a guess.
/// </summary>
public static class FirmwareRule
{
    /// <summary>The baseline that applies: the model's, else the family's; null when none.</summary>
    public static FirmwareBaseline? BaselineFor(string? family, string? model, IEnumerable<FirmwareBaseline> baselines)
    {
        ArgumentNullException.ThrowIfNull(baselines);
        if (string.IsNullOrEmpty(family))
        {
            return null;
        }

        var ofFamily = baselines.Where(b => string.Equals(b.SoftwareFamily, family, StringComparison.Ordinal)).ToList();
        return ofFamily.FirstOrDefault(b => b.Model.Length > 0 && string.Equals(b.Model, model, StringComparison.OrdinalIgnoreCase))
            ?? ofFamily.FirstOrDefault(b => b.Model.Length == 0);
    }

    public static FirmwareVerdict Evaluate(string? family, string? model, string? version, IEnumerable<FirmwareBaseline> baselines)
    {
        var baseline = BaselineFor(family, model, baselines);
        if (baseline is null)
        {
            return new FirmwareVerdict(FirmwareStatus.NoBaseline, "No baseline covers this model or software family.", null, null);
        }

        var scope = baseline.Model.Length > 0 ? $"model {baseline.Model}" : $"family {family}";
        if (string.IsNullOrWhiteSpace(version))
        {
            return new FirmwareVerdict(FirmwareStatus.Unknown, $"The device's version is not known; the baseline for {scope} is {baseline.MinimumVersion}.", baseline.MinimumVersion, baseline.Model);
        }

        var current = CiscoVersion.Parse(family, version);
        var minimum = CiscoVersion.Parse(family, baseline.MinimumVersion);
        if (!current.IsSuccess || !minimum.IsSuccess)
        {
            return new FirmwareVerdict(FirmwareStatus.Unknown, $"Version {version} cannot be compared with the baseline {baseline.MinimumVersion} for {scope}: {(current.Error ?? minimum.Error)!.Message}", baseline.MinimumVersion, baseline.Model);
        }

        return CiscoVersion.Compare(current.Value!, minimum.Value!) switch
        {
            CiscoVersionOrder.Older => new FirmwareVerdict(FirmwareStatus.Fail, $"Version {version} is below the baseline {baseline.MinimumVersion} for {scope}.", baseline.MinimumVersion, baseline.Model),
            CiscoVersionOrder.Same or CiscoVersionOrder.Newer => new FirmwareVerdict(FirmwareStatus.Pass, $"Version {version} is at or above the baseline {baseline.MinimumVersion} for {scope}.", baseline.MinimumVersion, baseline.Model),
            _ => new FirmwareVerdict(FirmwareStatus.Unknown, $"Version {version} and the baseline {baseline.MinimumVersion} for {scope} are on different trains and have no order.", baseline.MinimumVersion, baseline.Model),
        };
    }
}
