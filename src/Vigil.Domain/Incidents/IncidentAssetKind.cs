namespace Vigil.Domain.Incidents;

/// <summary>What an <see cref="IncidentAsset"/> row points at.</summary>
public enum IncidentAssetKind
{
    Computer,
    NetworkDevice,
    Unit,

    /// <summary>An indicator value that was hit; alerts on the same value join the same open incident.</summary>
    Indicator,
}
