namespace Vigil.Domain.Demo;

/// <summary>The OS generation a demo machine runs; it decides its hardware, software and which sources can see it.</summary>
internal enum DemoEra
{
    WindowsXp,
    Windows7,
    Windows81,
    Windows10,
    Windows11,
    Ubuntu,
}

internal static class DemoEras
{
    /// <summary>A .NET 10 agent cannot run on these: they are known only through OCS or a spreadsheet.</summary>
    public static bool IsLegacy(this DemoEra era) => era is DemoEra.WindowsXp or DemoEra.Windows7 or DemoEra.Windows81;

    public static bool IsWindows(this DemoEra era) => era != DemoEra.Ubuntu;
}
