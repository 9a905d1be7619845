namespace Vigil.Domain.Compliance;

/// <summary>The stable reason codes of verdicts (docs/compliance.md lists what each means).</summary>
public static class VerdictReasons
{
    public const string NotApplicable = "rule.not_applicable";
    public const string OsMissing = "data.os_missing";

    public const string OsSupported = "os.supported";
    public const string OsEsuException = "os.esu_exception";
    public const string OsUnsupported = "os.unsupported";
    public const string OsNotInCatalog = "os.not_in_catalog";

    public const string TriageNotNeeded = "triage.not_needed";
    public const string TriageServer = "triage.server";
    public const string TriageReinstall = "triage.reinstall";
    public const string TriageUpgradeParts = "triage.upgrade_parts";
    public const string TriageReplace = "triage.replace";
    public const string TriageReplaceTargetUnsupported = "triage.replace_target_unsupported";
    public const string TriageOsUnknown = "triage.os_unknown";
    public const string TriageCpuUnknown = "triage.cpu_unknown";
    public const string TriageRamUnknown = "triage.ram_unknown";
    public const string TriageDiskUnknown = "triage.disk_unknown";
    public const string TriageFirmwareUnknown = "triage.firmware_unknown";

    /// <summary>Anti-malware reasons are "antimalware.&lt;suffix&gt;"; EDR rules use "edr.&lt;suffix&gt;" with the same suffixes.</summary>
    public const string AntiMalwareOk = "antimalware.ok";
    public const string AntiMalwareInstalled = "antimalware.installed";
    public const string AntiMalwareMissing = "antimalware.missing";
    public const string AntiMalwareDisabled = "antimalware.disabled";
    public const string AntiMalwareRealTimeOff = "antimalware.realtime_off";
    public const string AntiMalwareSignaturesOld = "antimalware.signatures_old";
    public const string AntiMalwareScanOld = "antimalware.scan_old";
    public const string AntiMalwareStateUnknown = "antimalware.state_unknown";
    public const string AntiMalwareSignaturesUnknown = "antimalware.signatures_unknown";
    public const string AntiMalwareSignaturesUnconfirmed = "antimalware.signatures_unconfirmed";
    public const string AntiMalwareScanUnknown = "antimalware.scan_unknown";
    public const string AntiMalwareScanUnconfirmed = "antimalware.scan_unconfirmed";
    public const string AntiMalwareDataMissing = "antimalware.data_missing";

    public const string Ms17010Patched = "ms17010.patched";
    public const string Ms17010NotAffected = "ms17010.not_affected";
    public const string Ms17010Missing = "ms17010.missing";
    public const string Ms17010Unknown = "ms17010.unknown";

    public const string Smb1Disabled = "smb1.disabled";
    public const string Smb1Enabled = "smb1.enabled";
    public const string Smb1Unknown = "smb1.unknown";

    public const string DataFresh = "data.fresh";
    public const string DataStale = "data.stale";
}
