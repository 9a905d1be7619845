using Vigil.Agent.Collection;
using Vigil.Agent.Collection.Linux;
using Vigil.Agent.Collection.Windows;

namespace Vigil.Agent.Commands;

internal static class CollectorFactory
{
    public static IInventoryCollector ForThisMachine(TimeProvider clock) =>
        OperatingSystem.IsWindows() ? new WindowsCollector(new WmiWindowsSource(), clock) : new LinuxCollector(clock);
}
