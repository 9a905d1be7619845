using System.Globalization;
using Vigil.Domain.Common;

namespace Vigil.Domain.Devices;

/// <summary>
/// What the extractors found so far, with the line of each finding. The first finding of a field wins; a second,
/// different hostname, serial or version means two devices were pasted together, which is an error.
/// </summary>
internal sealed class CliFacts
{
    private readonly List<DeviceParseWarning> _warnings = [];
    private readonly List<DeviceModule> _modules = [];
    private readonly List<CliCommandOutput> _commands = [];

    public Error? Error { get; private set; }

    public CiscoOsFamily Family { get; set; }

    public int FamilyLine { get; set; }

    public (string Value, int Line)? Version { get; private set; }

    public (string Value, int Line)? Hostname { get; private set; }

    public (string Value, int Line)? Serial { get; private set; }

    public string? Image { get; set; }

    public string? SoftwareImage { get; set; }

    public string? SoftwareDescription { get; set; }

    public string? Model { get; set; }

    public string? ManagementAddress { get; set; }

    public (string Text, int Line)? Uptime { get; set; }

    public string? ReloadReason { get; set; }

    public int ReloadReasonRank { get; set; } = int.MaxValue;

    public string? ConfigRegister { get; set; }

    public string? PromptHost { get; set; }

    public IReadOnlyList<DeviceParseWarning> Warnings => _warnings;

    public IReadOnlyList<DeviceModule> Modules => _modules;

    public IReadOnlyList<CliCommandOutput> Commands => _commands;

    public void SetVersion(string value, int line) => Version = Identity(Version, value, line, "software version");

    public void SetHostname(string value, int line) => Hostname = Identity(Hostname, value, line, "hostname");

    public void SetSerial(string value, int line) => Serial = Identity(Serial, value, line, "serial number");

    /// <summary>Keeps the reason from the most telling line: lower rank wins ("Last reload reason" over "returned to ROM by").</summary>
    public void SetReloadReason(string value, int rank)
    {
        if (rank < ReloadReasonRank && value.Length > 0)
        {
            ReloadReason = value;
            ReloadReasonRank = rank;
        }
    }

    public void Warn(int? line, string code, string message) => _warnings.Add(new DeviceParseWarning(line, code, message));

    public void Fail(int line, string code, string reason) => Error ??= Error.Validation(code, reason, line.ToString(CultureInfo.InvariantCulture));

    public void AddModule(DeviceModule module) => _modules.Add(module);

    /// <summary>Adds a stack member read from show version unless show inventory already listed it.</summary>
    public void AddStackMember(DeviceModule member)
    {
        if (member.Serial is null || !_modules.Exists(m => string.Equals(m.Serial, member.Serial, StringComparison.OrdinalIgnoreCase)))
        {
            _modules.Add(member);
        }
    }

    public void AddCommand(string command, int line)
    {
        if (!_commands.Exists(c => c.Command == command))
        {
            _commands.Add(new CliCommandOutput(command, line));
        }
    }

    private (string Value, int Line)? Identity((string Value, int Line)? current, string value, int line, string what)
    {
        value = value.Trim();
        if (value.Length == 0)
        {
            return current;
        }

        if (current is null)
        {
            return (value, line);
        }

        if (!string.Equals(current.Value.Value, value, StringComparison.OrdinalIgnoreCase))
        {
            Fail(line, DeviceParseCodes.MixedDevices,
                $"a second device: {what} '{value}' here, but '{current.Value.Value}' on line {current.Value.Line}; paste the output of one device at a time");
        }

        return current;
    }
}
