namespace Vigil.Domain.Alerts;

/// <summary>Where an alert is in its handling: new until someone acknowledges it, closed when it has been dealt with.</summary>
public enum AlertStatus
{
    New = 0,
    Acknowledged = 1,
    Closed = 2,
}
