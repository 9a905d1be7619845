using System.Runtime.Versioning;
using System.Security.AccessControl;
using System.Security.Principal;
using System.Text.Json;

namespace Vigil.Agent.Configuration;

/// <summary>
/// Reads and writes agent.json. On Linux the file is created with mode 0600 before the credential is written into
/// it (no window in which it is world-readable); on Windows it gets an ACL for SYSTEM and Administrators only.
/// </summary>
internal static class AgentConfigStore
{
    public static AgentConfig? Load(string configDirectory)
    {
        var path = AgentPaths.ConfigFile(configDirectory);
        if (!File.Exists(path))
        {
            return null;
        }

        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize(stream, AgentJsonContext.Default.AgentConfig);
    }

    public static void Save(string configDirectory, AgentConfig config)
    {
        Directory.CreateDirectory(configDirectory);
        var path = AgentPaths.ConfigFile(configDirectory);
        var temp = path + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(temp, options))
        {
            if (!OperatingSystem.IsWindows())
            {
                // UnixCreateMode applies only to new files; a left-over temp file keeps its old mode otherwise.
                File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            JsonSerializer.Serialize(stream, config, AgentJsonContext.Default.AgentConfig);
            stream.Flush(flushToDisk: true);
        }

        if (OperatingSystem.IsWindows())
        {
            RestrictToAdministrators(temp);
        }

        File.Move(temp, path, overwrite: true);
    }

    public static bool Delete(string configDirectory)
    {
        var path = AgentPaths.ConfigFile(configDirectory);
        if (!File.Exists(path))
        {
            return false;
        }

        File.Delete(path);
        return true;
    }

    [SupportedOSPlatform("windows")]
    private static void RestrictToAdministrators(string path)
    {
        var security = new FileSecurity();
        security.SetAccessRuleProtection(isProtected: true, preserveInheritance: false);
        foreach (var sid in new[] { WellKnownSidType.LocalSystemSid, WellKnownSidType.BuiltinAdministratorsSid })
        {
            security.AddAccessRule(new FileSystemAccessRule(new SecurityIdentifier(sid, null), FileSystemRights.FullControl, AccessControlType.Allow));
        }

        new FileInfo(path).SetAccessControl(security);
    }
}
