namespace Vigil.Domain.Isolation;

/// <summary>requested → applied | failed → release-requested → released (network quarantine: applied at once, released at once).</summary>
public enum IsolationStatus
{
    Requested,
    Applied,
    Failed,
    ReleaseRequested,
    Released,
}
