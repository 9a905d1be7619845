namespace Vigil.Domain.Indicators;

/// <summary>Traffic Light Protocol 2.0 label; the numeric order is the order of restriction (merge keeps the highest).</summary>
public enum Tlp
{
    /// <summary>TLP:CLEAR, called TLP:WHITE before TLP 2.0.</summary>
    Clear = 0,
    Green = 1,
    Amber = 2,

    /// <summary>TLP:AMBER+STRICT: the recipient's organisation only, not its clients.</summary>
    AmberStrict = 3,
    Red = 4,
}
