namespace Vigil.Domain.Directives;

/// <summary>The kebab-case names of <see cref="FigureKind"/> used in template files and the API.</summary>
public static class FigureKinds
{
    private static readonly (string Name, FigureKind Kind)[] s_names =
    [
        ("computers-on-os", FigureKind.ComputersOnOs),
        ("computers-failing-rule", FigureKind.ComputersFailingRule),
        ("computers-passing-rule", FigureKind.ComputersPassingRule),
        ("computers-remediated-verified", FigureKind.ComputersRemediatedVerified),
        ("computers-replaced", FigureKind.ComputersReplaced),
        ("network-devices", FigureKind.NetworkDevices),
        ("devices-firmware-updated", FigureKind.DevicesFirmwareUpdated),
        ("manual", FigureKind.Manual),
        ("indicator-pack-deployed", FigureKind.UnitsDeployedPack),
        ("bulletin-affected", FigureKind.BulletinAffected),
    ];

    public static IEnumerable<string> Names => s_names.Select(n => n.Name);

    public static FigureKind? Parse(string? name)
    {
        foreach (var (text, kind) in s_names)
        {
            if (string.Equals(text, name, StringComparison.Ordinal))
            {
                return kind;
            }
        }

        return null;
    }

    public static string Name(FigureKind kind) => s_names.First(n => n.Kind == kind).Name;

    /// <summary>True when the figure counts computers (drill-down lists computers), false for devices or manual figures.</summary>
    public static bool CountsComputers(FigureKind kind) =>
        kind is FigureKind.ComputersOnOs or FigureKind.ComputersFailingRule or FigureKind.ComputersPassingRule
            or FigureKind.ComputersRemediatedVerified or FigureKind.ComputersReplaced;

    public static bool CountsDevices(FigureKind kind) => kind is FigureKind.NetworkDevices or FigureKind.DevicesFirmwareUpdated;
}
