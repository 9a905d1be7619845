using Vigil.Domain.Isolation;

namespace Vigil.Agent.Isolation;

/// <summary>
/// Windows: remembers the firewall profiles, then runs the script of <see cref="WindowsIsolationScript"/> through
/// PowerShell (script on standard input). Release removes the rule group and restores the remembered profiles.
/// Not runnable on the Linux build machines; the generated scripts are tested as data.
/// </summary>
internal sealed class WindowsFirewall : IHostFirewall
{
    private static readonly string[] s_powershell = ["-NoProfile", "-NonInteractive", "-ExecutionPolicy", "Bypass", "-Command", "-"];

    public string Name => "Windows Firewall";

    public async Task<FirewallOutcome> ApplyAsync(IsolationPolicy policy, CancellationToken ct)
    {
        var (readCode, profiles) = await ExternalProgram.RunAsync("powershell.exe", s_powershell, WindowsIsolationScript.ReadProfilesCommand, ct);
        var previous = FirewallProfileState.Parse(profiles);
        if (readCode != 0 || previous.Count == 0)
        {
            return new FirewallOutcome(false, $"could not read the firewall profiles ({readCode}): {profiles}");
        }

        var (code, output) = await ExternalProgram.RunAsync("powershell.exe", s_powershell, WindowsIsolationScript.Apply(policy), ct);
        var remembered = string.Join('\n', previous.Select(p => $"{p.Name}|{p.Enabled}|{p.DefaultInboundAction}|{p.DefaultOutboundAction}"));
        if (code != 0)
        {
            // Half-applied rules must not stay behind.
            await RemoveAsync(remembered, ct);
        }

        return new FirewallOutcome(code == 0, code == 0 ? $"rule group '{WindowsIsolationScript.Group}' in force" : $"PowerShell failed ({code}): {output}", remembered);
    }

    public async Task<FirewallOutcome> RemoveAsync(string? previousState, CancellationToken ct)
    {
        var script = WindowsIsolationScript.Release(FirewallProfileState.Parse(previousState ?? ""));
        var (code, output) = await ExternalProgram.RunAsync("powershell.exe", s_powershell, script, ct);
        return new FirewallOutcome(code == 0, code == 0 ? "rule group removed, profiles restored" : $"PowerShell failed ({code}): {output}");
    }

    public async Task<bool?> IsActiveAsync(CancellationToken ct)
    {
        var (code, output) = await ExternalProgram.RunAsync("powershell.exe", s_powershell,
            $"(Get-NetFirewallRule -Group '{WindowsIsolationScript.Group}' -ErrorAction SilentlyContinue | Measure-Object).Count", ct);
        return code == 0 && int.TryParse(output, out var count) ? count > 0 : null;
    }
}
