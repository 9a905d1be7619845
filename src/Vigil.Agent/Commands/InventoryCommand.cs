using System.Text.Json;
using Vigil.Agent.Collection;
using Vigil.Agent.Collection.Windows;
using Vigil.Contracts;

namespace Vigil.Agent.Commands;

/// <summary>
/// Prints what the agent would send, for support. --recorded-windows DIR replays a folder of recorded
/// Get-CimInstance/Get-ItemProperty outputs through the Windows collector on any machine.
/// </summary>
internal static class InventoryCommand
{
    private static readonly HashSet<string> s_values = ["--recorded-windows"];
    private static readonly HashSet<string> s_flags = ["--json"];
    private static readonly JsonSerializerOptions s_indented = new(VigilJsonContext.Default.Options) { WriteIndented = true };

    public static int Run(IEnumerable<string> args, TextWriter stdout, TextWriter stderr)
    {
        var a = AgentArguments.Parse(args, s_values, s_flags, stderr);
        if (a is null)
        {
            return AgentApplication.Usage;
        }

        var clock = TimeProvider.System;
        IInventoryCollector collector = a["--recorded-windows"] is { } folder
            ? new WindowsCollector(RecordedWindowsSource.FromDirectory(folder), clock)
            : CollectorFactory.ForThisMachine(clock);
        var inventory = collector.Collect();
        if (a.Has("--json"))
        {
            stdout.WriteLine(JsonSerializer.Serialize(inventory, s_indented.GetTypeInfo(typeof(Contracts.Agent.AgentInventoryDto))));
            return AgentApplication.Ok;
        }

        stdout.WriteLine($"Hostname:  {inventory.Hostname}");
        stdout.WriteLine($"OS:        {inventory.Os?.Name} {inventory.Os?.Version} ({inventory.Os?.Build}, {inventory.Os?.Architecture})");
        stdout.WriteLine($"CPU:       {inventory.CpuModel} ({inventory.CpuCores} cores)");
        stdout.WriteLine($"RAM:       {inventory.RamMb} MB");
        stdout.WriteLine($"Disks:     {string.Join(", ", inventory.Disks?.Select(d => $"{d.Model} {d.Kind} {d.SizeGb} GB") ?? [])}");
        stdout.WriteLine($"Software:  {inventory.Software?.Count} packages");
        stdout.WriteLine($"Listening: {inventory.ListeningPorts?.Count} sockets");
        stdout.WriteLine($"Security:  {string.Join(", ", inventory.SecurityProducts?.Select(p => p.Name) ?? [])}");
        return AgentApplication.Ok;
    }
}
