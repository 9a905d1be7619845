namespace Vigil.Domain.Devices.Lifecycle;

/// <summary>A device model's lifecycle on one day, with the entry that decided it (null when none covers the model).</summary>
public sealed record DeviceLifecycleVerdict(DeviceLifecycleStatus Status, DeviceLifecycleEntry? Entry)
{
    public static readonly DeviceLifecycleVerdict None = new(DeviceLifecycleStatus.Unknown, null);

    /// <summary>
    /// True when the model gets no more security fixes: the end of security support has passed, or — when the
    /// bulletin gives no such date — the last date of support.
    /// </summary>
    public bool OutOfSecuritySupport => Status >= DeviceLifecycleStatus.EndOfSecuritySupport;

    public static DeviceLifecycleVerdict Of(DeviceLifecycleEntry entry, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var status = DeviceLifecycleStatus.Supported;
        if (Passed(entry.EndOfSale, today))
        {
            status = DeviceLifecycleStatus.EndOfSale;
        }

        if (Passed(entry.EndOfSoftwareMaintenance, today))
        {
            status = DeviceLifecycleStatus.EndOfSoftwareMaintenance;
        }

        if (Passed(entry.EndOfSecuritySupport, today))
        {
            status = DeviceLifecycleStatus.EndOfSecuritySupport;
        }

        if (Passed(entry.LastDateOfSupport, today))
        {
            status = DeviceLifecycleStatus.EndOfSupport;
        }

        return new DeviceLifecycleVerdict(status, entry);
    }

    // A milestone date is the last day of the old state (Cisco's bulletins name the last day of sale/support), so it
    // has passed only from the next day on.
    private static bool Passed(DateOnly? milestone, DateOnly today) => milestone is { } day && today > day;
}
