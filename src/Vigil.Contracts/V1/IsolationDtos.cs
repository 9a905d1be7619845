namespace Vigil.Contracts.V1;

/// <summary>Ask to isolate a computer: why, and optionally the incident it belongs to (stored as given).</summary>
public sealed record IsolationRequestDto(string? Reason, Guid? IncidentId);

/// <summary>One recorded step of an isolation: when, who (user id or "agent"), what, how it went.</summary>
public sealed record IsolationStepDto(DateTime At, string Actor, string Step, string Outcome, string? Detail);

/// <summary>
/// A computer's isolation. Mode "agent" (the computer's Vigil agent applies host firewall rules) or
/// "network-quarantine" (no capable agent: devices in front of it block it, via kits and the quarantine feed).
/// State: requested, applied, failed, release-requested, released.
/// </summary>
public sealed record IsolationDto(
    Guid Id,
    Guid ComputerId,
    Guid UnitId,
    string Mode,
    string State,
    string? Reason,
    Guid? IncidentId,
    DateTime RequestedAt,
    DateTime UpdatedAt,
    List<IsolationStepDto> Steps,
    List<string> Kits);
