namespace Vigil.Domain.Directives;

/// <summary>How a figure is measured from Vigil's data; <see cref="Manual"/> figures are entered by hand.</summary>
public enum FigureKind
{
    /// <summary>Computers in use on one of <see cref="FigureDefinition.OsReleases"/> (optionally with those fixed in the period).</summary>
    ComputersOnOs,

    /// <summary>Computers in use whose verdict of <see cref="FigureDefinition.RuleId"/> is a failure.</summary>
    ComputersFailingRule,

    /// <summary>Computers in use whose verdict of <see cref="FigureDefinition.RuleId"/> is a pass.</summary>
    ComputersPassingRule,

    /// <summary>Computers whose remediation (other than a replacement) was verified during the period.</summary>
    ComputersRemediatedVerified,

    /// <summary>Computers retired with a named replacement, or whose replacement item was verified, during the period.</summary>
    ComputersReplaced,

    /// <summary>Network devices, optionally of one vendor.</summary>
    NetworkDevices,

    /// <summary>Network devices (optionally of one vendor) with a verified firmware update observed during the period.</summary>
    DevicesFirmwareUpdated,

    /// <summary>Not measured: the unit enters the value with a justification.</summary>
    Manual,

    /// <summary>1 when the unit recorded a deployment of the directive's indicator pack(s) during the period, else 0; rolled up as a count of units.</summary>
    UnitsDeployedPack,

    /// <summary>Computers and network devices with an open affected or probable finding of a CVE of the named bulletin.</summary>
    BulletinAffected,
}
