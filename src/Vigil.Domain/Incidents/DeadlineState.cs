namespace Vigil.Domain.Incidents;

public enum DeadlineState
{
    None,
    OnTrack,
    Approaching,
    Overdue,
    Met,
}
