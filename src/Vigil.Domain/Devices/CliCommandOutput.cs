namespace Vigil.Domain.Devices;

/// <summary>A command output recognised in the paste.</summary>
/// <param name="Command">show version, show inventory, show sysinfo or show system.</param>
/// <param name="Line">The first line of the paste that belongs to it (its prompt line when there was one).</param>
public sealed record CliCommandOutput(string Command, int Line);
