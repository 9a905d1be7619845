namespace Vigil.Agent.Service;

/// <summary>
/// Registers the agent with the Windows service manager through sc.exe, running as LocalSystem with automatic
/// start and restart on failure. The program answers the service manager itself (<see cref="WindowsServiceHost"/>).
/// Written for Windows 10/11 and not exercised by the Linux test suite.
/// </summary>
internal static class WindowsServiceInstaller
{
    public const string ServiceName = "VigilAgent";

    public static string Install(string configDirectory)
    {
        var command = AgentExecutable.Command().Select(p => "\"" + p + "\"").Append("run --service --config-dir \"" + configDirectory.TrimEnd('\\') + "\"");
        var binPath = string.Join(' ', command);
        if (ServiceCommand.Run("sc.exe", "create", ServiceName, "binPath=", binPath, "start=", "auto", "obj=", "LocalSystem", "DisplayName=", "Vigil agent") != 0)
        {
            return $"sc.exe create {ServiceName} failed (already installed? run 'vigil-agent uninstall' first)";
        }

        ServiceCommand.Run("sc.exe", "description", ServiceName, "Vigil agent: sends this computer's inventory to the Vigil server.");
        ServiceCommand.Run("sc.exe", "failure", ServiceName, "reset=", "86400", "actions=", "restart/60000/restart/60000/restart/300000");
        return ServiceCommand.Run("sc.exe", "start", ServiceName) == 0
            ? $"service {ServiceName} created and started"
            : $"service {ServiceName} created; 'sc.exe start {ServiceName}' failed, see the Application event log";
    }

    public static string Uninstall()
    {
        ServiceCommand.Run("sc.exe", "stop", ServiceName);
        return ServiceCommand.Run("sc.exe", "delete", ServiceName) == 0 ? $"service {ServiceName} removed" : $"no service {ServiceName}";
    }
}
