namespace Vigil.Contracts.Agent;

/// <summary>
/// Payload of an "isolate" command. The agent resolves its own server URL at isolate time and allows those addresses
/// plus <paramref name="ExtraAddresses"/> (configured on the server: other front ends, a proxy), its DNS servers and DHCP.
/// </summary>
public sealed record IsolationCommandDto(string? Reason, Guid? IncidentId, List<string> ExtraAddresses, bool AllowDhcp = true);
