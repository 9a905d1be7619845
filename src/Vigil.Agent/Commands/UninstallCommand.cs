using Vigil.Agent.Configuration;
using Vigil.Agent.Service;

namespace Vigil.Agent.Commands;

/// <summary>Removes the service, the configuration (and so the credential) and the spool. The server keeps the agent
/// record and the inventory; a person revokes the agent there.</summary>
internal static class UninstallCommand
{
    private static readonly HashSet<string> s_values = ["--config-dir", "--unit-dir"];

    public static int Run(IEnumerable<string> args, TextWriter stdout, TextWriter stderr)
    {
        var a = AgentArguments.Parse(args, s_values, new HashSet<string>(), stderr);
        if (a is null)
        {
            return AgentApplication.Usage;
        }

        var configDir = a["--config-dir"] ?? AgentPaths.DefaultConfigDirectory;
        stdout.WriteLine("Service: " + (OperatingSystem.IsWindows()
            ? WindowsServiceInstaller.Uninstall()
            : SystemdService.Uninstall(a["--unit-dir"] ?? SystemdService.DefaultUnitDirectory)));
        var config = AgentConfigStore.Load(configDir);
        var spool = config?.SpoolDirectory ?? AgentPaths.DefaultSpoolDirectory(configDir);
        if (Directory.Exists(spool))
        {
            Directory.Delete(spool, recursive: true);
        }

        stdout.WriteLine(AgentConfigStore.Delete(configDir) ? $"Removed {AgentPaths.ConfigFile(configDir)}" : $"No configuration in {configDir}");
        if (config is not null)
        {
            stdout.WriteLine($"Agent {config.AgentId} stays listed on the server until someone revokes it there.");
        }

        return AgentApplication.Ok;
    }
}
