using System.Globalization;

namespace Vigil.Domain.Compliance.Rules;

/// <summary>
/// upgrade-triage: for a client Windows computer on an unsupported OS, which supported target its hardware reaches
/// (Windows 11, else Windows 10 on the directive's baseline, else none) and so what to do: reinstall, upgrade parts
/// then reinstall, or replace. A target counts only while it is itself supported on the as-of day: a computer that
/// reaches Windows 10 only is replaced once Windows 10 is out of support. The decision table is in docs/compliance.md.
/// </summary>
internal sealed partial class UpgradeTriageRule : CompiledRule
{
    public const string TargetWindows11 = "windows11";
    public const string TargetWindows10 = "windows10";
    public const string TargetNone = "none";

    private static readonly EvidenceFact Windows11 = new("target", TargetWindows11);
    private static readonly EvidenceFact Windows10 = new("target", TargetWindows10);
    private static readonly EvidenceFact NoTarget = new("target", TargetNone);

    private readonly int _coreGeneration;
    private readonly bool _acceptRyzen;
    private readonly decimal _baselineRamGb;
    private readonly int _baselineSsdGb;
    private readonly decimal _windows11RamGb;
    private readonly int _windows11DiskGb;
    private readonly bool _strictFirmware;
    private readonly decimal _tolerance;
    private readonly bool _allowEsu;
    private readonly DateOnly? _windows10LastDay;
    private readonly EvidenceFact _baseline;
    private readonly EvidenceFact _windows10EndOfSupport;
    private readonly EvidenceFact[] _firmwareToEnable;
    private readonly EvidenceFact _addRam;
    private readonly EvidenceFact _addRamWindows11;
    private readonly EvidenceFact _addSsd;
    private readonly EvidenceFact _addSsdWindows11;

    public UpgradeTriageRule(PolicyRule rule, RuleParameters parameters, DateOnly? windows10LastDay)
        : base(rule)
    {
        _coreGeneration = parameters.Int("baseline_core_generation");
        _acceptRyzen = parameters.Bool("baseline_accept_ryzen");
        _baselineRamGb = parameters.Number("baseline_ram_gb");
        _baselineSsdGb = parameters.Int("baseline_ssd_gb");
        _windows11RamGb = parameters.Number("windows11_ram_gb");
        _windows11DiskGb = parameters.Int("windows11_disk_gb");
        _strictFirmware = parameters.Text("windows11_firmware") == PolicyChecks.FirmwareStrict;
        _tolerance = 1 - (parameters.Int("size_tolerance_percent") / 100m);
        _allowEsu = parameters.Bool("allow_esu");
        _windows10LastDay = windows10LastDay;
        _baseline = new EvidenceFact("baseline", string.Create(CultureInfo.InvariantCulture,
            $"Core i3 gen {_coreGeneration}, {_baselineRamGb} GB RAM, {_baselineSsdGb} GB SSD"));
        _windows10EndOfSupport = new EvidenceFact("windows10_end_of_support", windows10LastDay is { } day ? Evidence.Date(day) : "unknown");
        _addRam = new EvidenceFact("add_ram_to_gb", Evidence.Number(_baselineRamGb));
        _addRamWindows11 = new EvidenceFact("add_ram_to_gb", Evidence.Number(Math.Max(_baselineRamGb, _windows11RamGb)));
        _addSsd = new EvidenceFact("add_ssd_gb", Evidence.Number(_baselineSsdGb));
        _addSsdWindows11 = new EvidenceFact("add_ssd_gb", Evidence.Number(Math.Max(_baselineSsdGb, _windows11DiskGb)));
        _firmwareToEnable = new EvidenceFact[8];
        for (var mask = 1; mask < 8; mask++)
        {
            var parts = new List<string>(3);
            if ((mask & FirmwareTpm) != 0)
            {
                parts.Add("tpm_2.0");
            }

            if ((mask & FirmwareUefi) != 0)
            {
                parts.Add("uefi");
            }

            if ((mask & FirmwareSecureBoot) != 0)
            {
                parts.Add("secure_boot");
            }

            _firmwareToEnable[mask] = new EvidenceFact("firmware_to_enable", string.Join(", ", parts));
        }
    }

    /// <summary>Whether this rule gives the computer its OS remediation (it covers it, and it is a client Windows).</summary>
    public bool Handles(ref Evaluation e) => Covers(e.Facts) && e.Facts.OsFamily == Inventory.OsFamily.Windows && !e.Os.IsServer;

    protected override RuleVerdict Judge(ref Evaluation e)
    {
        var facts = e.Facts;
        var os = e.Os;
        if (os.Entry is null)
        {
            return Verdict(in e, ComplianceStatus.Unknown, VerdictReasons.TriageOsUnknown, [os.Os]);
        }

        if (os.IsServer)
        {
            return Verdict(in e, ComplianceStatus.NotApplicable, VerdictReasons.TriageServer, [os.Os]);
        }

        if (os.IsSupportedOn(e.AsOf) || (_allowEsu && facts.EsuUntil is { } esu && esu >= e.AsOf))
        {
            return Verdict(in e, ComplianceStatus.NotApplicable, VerdictReasons.TriageNotNeeded, [os.Os, os.EndOfSupport!]);
        }

        var cpu = e.Lookups.Cpu(facts.CpuModel);
        if (cpu is null || !cpu.IsKnown)
        {
            return Verdict(in e, ComplianceStatus.Unknown, VerdictReasons.TriageCpuUnknown, cpu is null ? [os.Os, _baseline] : [os.Os, _baseline, cpu.Cpu]);
        }

        return Triage(ref e, cpu);
    }

    private RuleVerdict Triage(ref Evaluation e, CpuHit cpu)
    {
        var facts = e.Facts;
        var evidence = new EvidenceBuilder();
        evidence.Add(e.Os.Os);
        evidence.Add(_baseline);
        evidence.Add(cpu.Cpu);
        evidence.Add(cpu.Windows11Evidence);

        var meetsBaseline = MeetsBaseline(cpu, _coreGeneration, _acceptRyzen);
        var firmware = FirmwareNotReady(facts, out var firmwareUnreported);
        var windows11 = cpu.Windows11 == true && (!_strictFirmware || (firmware == 0 && !firmwareUnreported));
        var windows10Supported = _windows10LastDay is { } last && e.AsOf <= last;
        if (!windows11)
        {
            // The deciding fact is missing when Windows 11 hinges on it and Windows 10 is no way out.
            if (cpu.Windows11 is null && meetsBaseline != false && !windows10Supported)
            {
                evidence.Add(SharedEvidence.BaselineCpu.Of(meetsBaseline));
                return Verdict(in e, ComplianceStatus.Unknown, VerdictReasons.TriageCpuUnknown, evidence.ToArray());
            }

            if (cpu.Windows11 == true && _strictFirmware && firmware == 0 && firmwareUnreported && !windows10Supported)
            {
                return Verdict(in e, ComplianceStatus.Unknown, VerdictReasons.TriageFirmwareUnknown, evidence.ToArray());
            }

            if (meetsBaseline is null)
            {
                return Verdict(in e, ComplianceStatus.Unknown, VerdictReasons.TriageCpuUnknown, evidence.ToArray());
            }

            evidence.Add(SharedEvidence.BaselineCpu.Of(meetsBaseline));
            if (meetsBaseline == false)
            {
                evidence.Add(NoTarget);
                return Verdict(in e, ComplianceStatus.Fail, VerdictReasons.TriageReplace, evidence.ToArray(), RemediationKind.Replace);
            }

            if (!windows10Supported)
            {
                evidence.Add(Windows10);
                evidence.Add(_windows10EndOfSupport);
                if (firmware != 0)
                {
                    evidence.Add(_firmwareToEnable[firmware]);
                }

                return Verdict(in e, ComplianceStatus.Fail, VerdictReasons.TriageReplaceTargetUnsupported, evidence.ToArray(), RemediationKind.Replace);
            }
        }

        evidence.Add(windows11 ? Windows11 : Windows10);
        if (!windows11)
        {
            evidence.Add(_windows10EndOfSupport);
        }

        if (windows11 && firmware != 0)
        {
            evidence.Add(_firmwareToEnable[firmware]);
        }

        return Parts(ref e, ref evidence, windows11);
    }

    /// <summary>The target is reachable; RAM and the SSD decide between reinstalling and upgrading parts first.</summary>
    private RuleVerdict Parts(ref Evaluation e, ref EvidenceBuilder evidence, bool windows11)
    {
        var facts = e.Facts;
        var ramGb = windows11 ? Math.Max(_baselineRamGb, _windows11RamGb) : _baselineRamGb;
        var ssdGb = windows11 ? Math.Max(_baselineSsdGb, _windows11DiskGb) : _baselineSsdGb;
        evidence.Add(facts.RamMb is { } ram ? SharedEvidence.RamMb.Of(ram) : SharedEvidence.RamUnknown);
        evidence.Add(facts.LargestSsdGb is { } ssd ? SharedEvidence.SsdGb.Of(ssd) : SharedEvidence.SsdUnknown);
        if (facts.RamMb is not { } ramMb)
        {
            return Verdict(in e, ComplianceStatus.Unknown, VerdictReasons.TriageRamUnknown, evidence.ToArray());
        }

        if (facts.LargestSsdGb is not { } ssdSize)
        {
            return Verdict(in e, ComplianceStatus.Unknown, VerdictReasons.TriageDiskUnknown, evidence.ToArray());
        }

        var addRam = ramMb < ramGb * 1024 * _tolerance;
        var addSsd = ssdSize < ssdGb * _tolerance;
        if (!addRam && !addSsd)
        {
            return Verdict(in e, ComplianceStatus.Fail, VerdictReasons.TriageReinstall, evidence.ToArray(), RemediationKind.ReinstallOs);
        }

        if (addRam)
        {
            evidence.Add(windows11 ? _addRamWindows11 : _addRam);
        }

        if (addSsd)
        {
            evidence.Add(windows11 ? _addSsdWindows11 : _addSsd);
        }

        return Verdict(in e, ComplianceStatus.Fail, VerdictReasons.TriageUpgradeParts, evidence.ToArray(), RemediationKind.UpgradePartsThenReinstall);
    }
}
