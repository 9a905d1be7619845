namespace Vigil.Domain.Incidents;

/// <summary>
/// The allowed steps between statuses. Forward one step at a time (new → investigating → contained → eradicated →
/// closed); back to investigating when containment or eradication turns out to have failed; a new incident may be
/// closed at once (a false positive); a closed one may be reopened for investigation.
/// </summary>
public static class IncidentWorkflow
{
    private static readonly Dictionary<IncidentStatus, IncidentStatus[]> s_next = new()
    {
        [IncidentStatus.New] = [IncidentStatus.Investigating, IncidentStatus.Closed],
        [IncidentStatus.Investigating] = [IncidentStatus.Contained, IncidentStatus.Closed],
        [IncidentStatus.Contained] = [IncidentStatus.Eradicated, IncidentStatus.Investigating],
        [IncidentStatus.Eradicated] = [IncidentStatus.Closed, IncidentStatus.Investigating],
        [IncidentStatus.Closed] = [IncidentStatus.Investigating],
    };

    public static IReadOnlyList<IncidentStatus> Next(IncidentStatus from) => s_next[from];

    public static bool CanMove(IncidentStatus from, IncidentStatus to) => Array.IndexOf(s_next[from], to) >= 0;

    /// <summary>Open incidents collect new alerts; a closed one never does (a new hit opens a new incident).</summary>
    public static bool IsOpen(IncidentStatus status) => status != IncidentStatus.Closed;
}
