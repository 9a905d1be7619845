using Vigil.Domain.Common;

namespace Vigil.Domain.Indicators.Stored;

/// <summary>
/// A person's decision to block a value despite the warninglist: which warning codes, why, who and when. Kept for
/// good (the history of decisions); the indicator is enforced while every current warning is covered by one.
/// </summary>
public sealed class IndicatorOverride : IUnitOwned
{
    public Guid Id { get; set; }

    public Guid IndicatorId { get; set; }

    /// <summary>The indicator's unit.</summary>
    public Guid UnitId { get; set; }

    /// <summary>Overridden warning codes, one per line.</summary>
    public string Codes { get; set; } = "";

    public string Reason { get; set; } = "";

    public Guid? OverriddenById { get; set; }

    public string OverriddenBy { get; set; } = "";

    public DateTime OverriddenAt { get; set; }
}
