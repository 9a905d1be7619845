namespace Vigil.Agent.Isolation;

/// <summary>The firewall of this operating system.</summary>
internal static class HostFirewalls
{
    public static IHostFirewall ForThisMachine() => OperatingSystem.IsWindows() ? new WindowsFirewall() : new NftFirewall();
}
