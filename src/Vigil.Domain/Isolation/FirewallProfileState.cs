namespace Vigil.Domain.Isolation;

/// <summary>
/// One Windows Firewall profile's settings before isolation (Name: Domain, Private or Public; actions: Allow, Block or
/// NotConfigured), so release puts them back exactly.
/// </summary>
public sealed record FirewallProfileState(string Name, bool Enabled, string DefaultInboundAction, string DefaultOutboundAction)
{
    public static IReadOnlyList<string> ProfileNames { get; } = ["Domain", "Private", "Public"];

    public static IReadOnlyList<string> Actions { get; } = ["Allow", "Block", "NotConfigured"];

    /// <summary>
    /// Parses the lines "Name|Enabled|DefaultInboundAction|DefaultOutboundAction" the agent prints with
    /// Get-NetFirewallProfile; anything else (other names, values) is ignored, so nothing read back can inject a command.
    /// </summary>
    public static IReadOnlyList<FirewallProfileState> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<FirewallProfileState>();
        foreach (var line in text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = line.Split('|', StringSplitOptions.TrimEntries);
            if (parts.Length != 4 || !bool.TryParse(parts[1], out var enabled))
            {
                continue;
            }

            var name = ProfileNames.FirstOrDefault(n => n.Equals(parts[0], StringComparison.OrdinalIgnoreCase));
            var inbound = Actions.FirstOrDefault(a => a.Equals(parts[2], StringComparison.OrdinalIgnoreCase));
            var outbound = Actions.FirstOrDefault(a => a.Equals(parts[3], StringComparison.OrdinalIgnoreCase));
            if (name is not null && inbound is not null && outbound is not null && result.TrueForAll(p => p.Name != name))
            {
                result.Add(new FirewallProfileState(name, enabled, inbound, outbound));
            }
        }

        return result;
    }
}
