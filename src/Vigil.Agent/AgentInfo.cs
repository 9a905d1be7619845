using System.Reflection;
using System.Runtime.InteropServices;

namespace Vigil.Agent;

internal static class AgentInfo
{
    public static string Version
    {
        get
        {
            var assembly = typeof(AgentInfo).Assembly;
            var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
            return informational?.Split('+')[0] ?? assembly.GetName().Version?.ToString() ?? "0.0.0";
        }
    }

    /// <summary>"linux-x64", "windows-arm64", … as reported at enrolment.</summary>
    public static string Platform
    {
        get
        {
            var os = OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsLinux() ? "linux" : OperatingSystem.IsMacOS() ? "macos" : "other";
            return $"{os}-{RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant()}";
        }
    }
}
