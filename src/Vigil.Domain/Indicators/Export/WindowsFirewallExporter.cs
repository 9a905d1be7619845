using System.Text;

namespace Vigil.Domain.Indicators.Export;

/// <summary>
/// A PowerShell script for Windows Firewall: removes the rules of group "Vigil NAME" (idempotent re-runs), then adds
/// inbound and outbound block rules whose -RemoteAddress lists hold at most
/// <see cref="IndicatorExportOptions.WindowsFirewallChunk"/> addresses each. Run elevated:
/// <c>powershell -ExecutionPolicy Bypass -File vigil-windows-firewall.ps1</c>.
/// </summary>
internal static class WindowsFirewallExporter
{
    public static ExportFile Write(IReadOnlyList<Indicator> live, IndicatorExportOptions options)
    {
        var selection = ExportSelection.Select(live, options, enforcement: true, ExportSelection.IsAddress);
        var name = ExportText.Identifier(options.Name, "-_", 60);
        var group = $"Vigil {name}";
        var chunk = Math.Max(1, options.WindowsFirewallChunk);
        var values = selection.Selected.Select(i => i.Value.Value).ToList();
        var text = new StringBuilder();
        ExportText.Comment(text, "#", selection.Header("windows-firewall", options, values.Count,
            "Run in an elevated PowerShell; re-running replaces the previous rules of the group"));
        text.Append("#Requires -RunAsAdministrator\n$ErrorActionPreference = 'Stop'\n");
        text.Append("Get-NetFirewallRule -Group '").Append(group).Append("' -ErrorAction SilentlyContinue | Remove-NetFirewallRule\n");
        for (var start = 0; start < values.Count; start += chunk)
        {
            var part = (start / chunk) + 1;
            var addresses = string.Join(",", values.Skip(start).Take(chunk).Select(v => $"'{v}'"));
            foreach (var direction in new[] { "Outbound", "Inbound" })
            {
                text.Append("New-NetFirewallRule -DisplayName '").Append(group).Append(' ').Append(direction).Append(' ').Append(part)
                    .Append("' -Group '").Append(group).Append("' -Direction ").Append(direction)
                    .Append(" -Action Block -Profile Any -RemoteAddress @(").Append(addresses).Append(") | Out-Null\n");
            }
        }

        return selection.File($"{name}-windows-firewall.ps1", "text/plain; charset=utf-8", text.ToString(), values.Count);
    }
}
