namespace Vigil.Domain.Devices;

/// <summary>The Cisco software families whose output and versions Vigil reads; each has its own version grammar.</summary>
public enum CiscoOsFamily
{
    /// <summary>Not known: only <c>show inventory</c> was pasted, or nothing said which software runs.</summary>
    Unknown,

    /// <summary>Classic IOS (12.x, 15.x): Catalyst 2960/3560/3750/4500, ISR G1/G2 routers.</summary>
    Ios,

    /// <summary>IOS XE: 3.x (Catalyst 3850, ASR 1000) and 16.x/17.x (Catalyst 9000, ISR 4000, Catalyst 8000).</summary>
    IosXe,

    /// <summary>NX-OS on Nexus and MDS switches (and ACI-mode Nexus 9000).</summary>
    NxOs,

    /// <summary>ASA software on ASA 5500/5500-X, ASAv and Firepower appliances running ASA.</summary>
    Asa,

    /// <summary>AireOS on wireless LAN controllers (2500, 5500, 8500, vWLC).</summary>
    AireOs,

    /// <summary>Firmware of Cisco small-business switches (SF/SG 200/300/350/550, CBS 250/350).</summary>
    SmallBusiness,
}
