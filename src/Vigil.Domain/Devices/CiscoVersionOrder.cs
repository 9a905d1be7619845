namespace Vigil.Domain.Devices;

/// <summary>How two Cisco versions relate; the last two say no order exists rather than inventing one.</summary>
public enum CiscoVersionOrder
{
    Older,
    Same,
    Newer,

    /// <summary>The versions belong to different families (an IOS 15.2 is neither older nor newer than an ASA 9.8).</summary>
    DifferentFamilies,

    /// <summary>Same family and release numbers but different trains (15.2(4)E and 15.2(4)M): parallel branches.</summary>
    DifferentTrains,
}
