using Vigil.Domain.Common;

namespace Vigil.Domain.Compliance;

/// <summary>
/// How many computers of one unit (the unit itself, not its subtree) had each status for one rule on one day, as
/// last counted that day. A subtree's figure is the sum over its units; retired computers are not counted.
/// </summary>
public sealed class ComplianceDailyCount : IUnitOwned
{
    public Guid UnitId { get; set; }

    public string RuleId { get; set; } = "";

    public DateOnly Day { get; set; }

    public int Pass { get; set; }

    public int Fail { get; set; }

    public int Unknown { get; set; }

    public int NotApplicable { get; set; }

    public DateTime CountedAt { get; set; }
}
