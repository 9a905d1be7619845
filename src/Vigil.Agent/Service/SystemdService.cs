using System.Text;

namespace Vigil.Agent.Service;

/// <summary>
/// The Linux daemon is a systemd service running "vigil-agent run". Exit code 3 (revoked) stops the restarts:
/// starting again cannot help until someone re-enrols the machine.
/// </summary>
internal static class SystemdService
{
    public const string UnitName = "vigil-agent.service";
    public const string DefaultUnitDirectory = "/etc/systemd/system";

    public static string UnitFile(IReadOnlyList<string> command, string configDirectory)
    {
        var exec = string.Join(' ', command.Append("run").Append("--config-dir").Append(configDirectory).Select(Quote));
        return new StringBuilder()
            .Append("[Unit]\n")
            .Append("Description=Vigil agent (inventory for the Vigil server)\n")
            .Append("Wants=network-online.target\n")
            .Append("After=network-online.target\n\n")
            .Append("[Service]\n")
            .Append("Type=simple\n")
            .Append("ExecStart=").Append(exec).Append('\n')
            .Append("Restart=on-failure\n")
            .Append("RestartSec=30\n")
            .Append("RestartPreventExitStatus=3\n")
            .Append("Environment=DOTNET_CLI_TELEMETRY_OPTOUT=1\n\n")
            .Append("[Install]\n")
            .Append("WantedBy=multi-user.target\n")
            .ToString();
    }

    /// <summary>sd_booted(3): systemd is the running init when this directory exists.</summary>
    public static bool IsSystemdRunning => Directory.Exists("/run/systemd/system");

    /// <returns>What was done, for the person installing.</returns>
    public static string Install(string unitDirectory, string configDirectory)
    {
        Directory.CreateDirectory(unitDirectory);
        var path = Path.Combine(unitDirectory, UnitName);
        File.WriteAllText(path, UnitFile(AgentExecutable.Command(), configDirectory));
        if (unitDirectory != DefaultUnitDirectory || !IsSystemdRunning)
        {
            return $"wrote {path}; systemd is not managing it here, so start the agent with: vigil-agent run --config-dir {configDirectory}";
        }

        var reload = Run("daemon-reload");
        var enable = Run("enable", "--now", UnitName);
        return reload && enable ? $"wrote {path}; service enabled and started" : $"wrote {path}; 'systemctl enable --now {UnitName}' failed, see journalctl";
    }

    public static string Uninstall(string unitDirectory)
    {
        var path = Path.Combine(unitDirectory, UnitName);
        if (unitDirectory == DefaultUnitDirectory && IsSystemdRunning)
        {
            Run("disable", "--now", UnitName);
        }

        var existed = File.Exists(path);
        File.Delete(path);
        if (unitDirectory == DefaultUnitDirectory && IsSystemdRunning)
        {
            Run("daemon-reload");
        }

        return existed ? $"removed {path}" : $"no unit file at {path}";
    }

    private static bool Run(params string[] args) => ServiceCommand.Run("systemctl", args) == 0;

    // systemd splits ExecStart on spaces but honours double quotes.
    private static string Quote(string s) => s.Contains(' ', StringComparison.Ordinal) || s.Contains('"', StringComparison.Ordinal) ? "\"" + s.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"" : s;
}
