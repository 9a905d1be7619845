using Vigil.Domain.Incidents;

namespace Vigil.Domain.Tests.Incidents;

public sealed class IncidentRulesTests
{
    private static readonly Guid Computer = Guid.Parse("0190a1b2-0000-7000-8000-000000000c01");

    private static AlertFacts Alert(bool block, Guid? computer, int count = 1, string type = "domain") => new()
    {
        AlertId = Guid.NewGuid(), UnitId = Guid.NewGuid(), ComputerId = computer, IndicatorType = type, IndicatorValue = "evil.example", BlockAction = block, Count = count,
    };

    [Fact]
    public void The_default_rule_opens_on_a_block_hit_on_a_known_computer_only()
    {
        Assert.Equal(IncidentDecisionKind.Open, IncidentRules.Decide(Alert(true, Computer), IncidentRules.Defaults, null).Kind);
        Assert.Equal(IncidentSeverity.High, IncidentRules.Decide(Alert(true, Computer), IncidentRules.Defaults, null).Severity);
        Assert.Equal(IncidentDecisionKind.Nothing, IncidentRules.Decide(Alert(false, Computer), IncidentRules.Defaults, null).Kind);
        Assert.Equal(IncidentDecisionKind.Nothing, IncidentRules.Decide(Alert(true, null), IncidentRules.Defaults, null).Kind);
    }

    [Fact]
    public void An_open_incident_takes_the_alert_whatever_the_rules_say()
    {
        var open = Guid.NewGuid();
        Assert.Equal(new IncidentDecision(IncidentDecisionKind.Attach, open), IncidentRules.Decide(Alert(false, null), [], open));
    }

    [Fact]
    public void The_first_matching_rule_decides_the_severity_and_conditions_combine()
    {
        IncidentRule[] rules =
        [
            new() { Name = "many-ip-hits", IndicatorTypes = ["ip"], MinimumCount = 10, Severity = IncidentSeverity.Critical },
            new() { Name = "any", Severity = IncidentSeverity.Low },
        ];
        Assert.Equal("many-ip-hits", IncidentRules.Decide(Alert(false, null, 12, "IP"), rules, null).RuleName);
        Assert.Equal(IncidentSeverity.Critical, IncidentRules.Decide(Alert(false, null, 12, "ip"), rules, null).Severity);
        Assert.Equal("any", IncidentRules.Decide(Alert(false, null, 9, "ip"), rules, null).RuleName);
        Assert.Equal("any", IncidentRules.Decide(Alert(false, null, 50, "domain"), rules, null).RuleName);
    }
}
