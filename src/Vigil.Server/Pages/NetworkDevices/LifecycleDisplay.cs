using System.Globalization;
using Vigil.Contracts.V1;

namespace Vigil.Server.Pages.NetworkDevices;

/// <summary>A lifecycle entry's milestones in one line ("EoS 30/10/2022 · EoVSS 30/10/2025 · LDoS 31/10/2027").</summary>
public static class LifecycleDisplay
{
    public static string Summary(DeviceLifecycleDto lifecycle)
    {
        ArgumentNullException.ThrowIfNull(lifecycle);
        return Summary(lifecycle.EndOfSale, lifecycle.EndOfSoftwareMaintenance, lifecycle.EndOfSecuritySupport, lifecycle.LastDateOfSupport);
    }

    // The milestone abbreviations are Cisco's own, which officers meet in the bulletins; they are not translated.
    public static string Summary(DateOnly? endOfSale, DateOnly? endOfMaintenance, DateOnly? endOfSecurity, DateOnly? lastDay)
    {
        var parts = new List<string>(4);
        Add(parts, "EoS", endOfSale);
        Add(parts, "EoSWM", endOfMaintenance);
        Add(parts, "EoVSS", endOfSecurity);
        Add(parts, "LDoS", lastDay);
        return string.Join(" · ", parts);
    }

    public static string Day(DateOnly? day) => day is { } d ? d.ToString("d", CultureInfo.CurrentCulture) : "—";

    private static void Add(List<string> parts, string label, DateOnly? day)
    {
        if (day is not null)
        {
            parts.Add(label + " " + Day(day));
        }
    }
}
