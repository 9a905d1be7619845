namespace Vigil.Agent.Configuration;

/// <summary>Where the agent keeps its files unless told otherwise (<c>--config-dir</c>).</summary>
internal static class AgentPaths
{
    public const string ConfigFileName = "agent.json";

    public static string DefaultConfigDirectory => OperatingSystem.IsWindows()
        ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.CommonApplicationData), "Vigil")
        : "/etc/vigil-agent";

    public static string ConfigFile(string configDirectory) => Path.Combine(configDirectory, ConfigFileName);

    /// <summary>The spool lives with the configuration on Windows, under /var/lib on Linux (the FHS place for state).</summary>
    public static string DefaultSpoolDirectory(string configDirectory) =>
        !OperatingSystem.IsWindows() && configDirectory == "/etc/vigil-agent" ? "/var/lib/vigil-agent/spool" : Path.Combine(configDirectory, "spool");

    /// <summary>Where lasting state (the isolation in force) is kept: /var/lib/vigil-agent on Linux, else beside the config.</summary>
    public static string DefaultStateDirectory(string configDirectory) =>
        !OperatingSystem.IsWindows() && configDirectory == "/etc/vigil-agent" ? "/var/lib/vigil-agent" : configDirectory;
}
