namespace Vigil.Domain.Vulnerabilities.Matching;

public enum MatchStatus
{
    /// <summary>The criteria hold on observed facts.</summary>
    Affected,

    /// <summary>The criteria hold only with an assumption (SMBv1 on by default, a build without its revision, an unknown architecture).</summary>
    Probable,

    /// <summary>The criteria hold, but a bulletin names an update for this product that the asset has installed.</summary>
    Fixed,
}
