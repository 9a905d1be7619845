using Vigil.Domain.Common;
using Vigil.Domain.Indicators;

namespace Vigil.Domain.Alerts;

/// <summary>
/// Repeated hits of one indicator for one unit and one subject (a known computer, else the local address, else none)
/// aggregated into one alert with its count, first and last time and where it was last seen.
/// </summary>
public sealed class Alert : IUnitOwned
{
    public Guid Id { get; set; }

    public Guid UnitId { get; set; }

    public IndicatorType IndicatorType { get; set; }

    /// <summary>The normalised indicator value.</summary>
    public string Indicator { get; set; } = "";

    /// <summary>The indicator's action when last hit: alert-only and block indicators both raise alerts.</summary>
    public IndicatorAction Action { get; set; }

    public Guid? ComputerId { get; set; }

    /// <summary>The aggregation key besides the indicator: "computer:{id}", the other address of the line, or "".</summary>
    public string Subject { get; set; } = "";

    /// <summary>The address or hostname the computer was recognised by, or the line's other address.</summary>
    public string? Address { get; set; }

    public long Count { get; set; }

    public DateTime FirstSeen { get; set; }

    public DateTime LastSeen { get; set; }

    public string LastField { get; set; } = "";

    public string LastValue { get; set; } = "";

    public string LastFile { get; set; } = "";

    public long LastLine { get; set; }

    public AlertStatus Status { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? AcknowledgedAt { get; set; }

    public string? AcknowledgedBy { get; set; }

    public DateTime? ClosedAt { get; set; }

    public string? ClosedBy { get; set; }

    public string? Note { get; set; }
}
