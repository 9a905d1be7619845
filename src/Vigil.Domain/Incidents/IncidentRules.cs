namespace Vigil.Domain.Incidents;

/// <summary>
/// Decides what an alert does to incidents. An alert about a computer or indicator that already has an open incident
/// is attached to it whatever the rules say (the timeline must show every later hit); otherwise the first matching
/// rule opens a new incident.
/// </summary>
public static class IncidentRules
{
    /// <summary>The default: any hit of a block-action indicator on a known computer is an incident.</summary>
    public static IReadOnlyList<IncidentRule> Defaults { get; } =
    [
        new IncidentRule { Name = "block-hit-on-known-computer", RequireBlockAction = true, RequireKnownComputer = true, Severity = IncidentSeverity.High },
    ];

    /// <param name="alert">The alert's facts.</param>
    /// <param name="rules">The configured rules, in order.</param>
    /// <param name="openIncidentId">An open incident of the alert's unit about the same computer or indicator, if any.</param>
    public static IncidentDecision Decide(AlertFacts alert, IReadOnlyList<IncidentRule> rules, Guid? openIncidentId)
    {
        ArgumentNullException.ThrowIfNull(alert);
        ArgumentNullException.ThrowIfNull(rules);
        if (openIncidentId is { } open)
        {
            return new IncidentDecision(IncidentDecisionKind.Attach, open);
        }

        foreach (var rule in rules)
        {
            if (rule.Matches(alert))
            {
                return new IncidentDecision(IncidentDecisionKind.Open, null, rule.Name, rule.Severity);
            }
        }

        return IncidentDecision.Nothing;
    }
}
