using Vigil.Domain.Inventory.Cpu;

namespace Vigil.Domain.Compliance.Rules;

/// <summary>The hardware tests of the triage: the baseline processor and Windows 11's firmware requirements.</summary>
internal sealed partial class UpgradeTriageRule
{
    private const int FirmwareTpm = 1;
    private const int FirmwareUefi = 2;
    private const int FirmwareSecureBoot = 4;

    /// <summary>
    /// Whether the processor is at least the directive's "Core i3 of generation N": any processor on Microsoft's
    /// Windows 11 list; Intel Core i3/i5/i7/i9 and m3/m5/m7 of generation N or later; every Core Ultra and Core 3/5/7/9;
    /// AMD Ryzen when accepted; Xeons by the Core generation of their microarchitecture. Pentium, Celeron, Atom, Core 2
    /// and older, and AMD's pre-Ryzen lines fall short (they are not "Core i3 or better" even when of the same
    /// architecture). Null when the string does not tell (EPYC, Apple, an unparsed Xeon, unknown brands).
    /// </summary>
    internal static bool? MeetsBaseline(CpuHit cpu, int generation, bool acceptRyzen)
    {
        if (cpu.Windows11 == true)
        {
            return true;
        }

        var info = cpu.Info;
        switch (info.Brand)
        {
            case CpuBrands.CoreI3 or CpuBrands.CoreI5 or CpuBrands.CoreI7 or CpuBrands.CoreI9
                or CpuBrands.CoreM3 or CpuBrands.CoreM5 or CpuBrands.CoreM7:
                return info.Generation is { } g ? g >= generation : null;
            case CpuBrands.CoreM:
                return 5 >= generation;
            case CpuBrands.Core3 or CpuBrands.Core5 or CpuBrands.Core7 or CpuBrands.Core9
                or CpuBrands.CoreUltra3 or CpuBrands.CoreUltra5 or CpuBrands.CoreUltra7 or CpuBrands.CoreUltra9:
                return true;
            case CpuBrands.Ryzen3 or CpuBrands.Ryzen5 or CpuBrands.Ryzen7 or CpuBrands.Ryzen9 or CpuBrands.RyzenThreadripper
                or CpuBrands.RyzenEmbedded or CpuBrands.RyzenAi5 or CpuBrands.RyzenAi7 or CpuBrands.RyzenAi9 or CpuBrands.RyzenAiMax
                or CpuBrands.RyzenZ1 or CpuBrands.RyzenZ2:
                return acceptRyzen;
            case CpuBrands.Xeon:
                return CoreGenerationOf(info.Microarchitecture) is { } equivalent ? equivalent >= generation : null;
            case CpuBrands.Core2Duo or CpuBrands.Core2Quad or CpuBrands.Core2Solo or CpuBrands.Core2Extreme or CpuBrands.CoreDuo
                or CpuBrands.CoreSolo or CpuBrands.Pentium or CpuBrands.Pentium2 or CpuBrands.Pentium3 or CpuBrands.Pentium4
                or CpuBrands.PentiumD or CpuBrands.PentiumM or CpuBrands.PentiumDualCore or CpuBrands.Celeron or CpuBrands.Atom
                or CpuBrands.IntelProcessorN or CpuBrands.IntelProcessor
                or CpuBrands.Athlon or CpuBrands.AthlonII or CpuBrands.Athlon64 or CpuBrands.AthlonXP or CpuBrands.Phenom
                or CpuBrands.PhenomII or CpuBrands.A4 or CpuBrands.A6 or CpuBrands.A8 or CpuBrands.A9 or CpuBrands.A10
                or CpuBrands.A12 or CpuBrands.FX or CpuBrands.Sempron or CpuBrands.Turion or CpuBrands.ESeries
                or CpuBrands.CSeries or CpuBrands.Opteron or CpuBrands.ViaNano or CpuBrands.ViaC7 or CpuBrands.ViaEden:
                return false;
            default:
                return null;
        }
    }

    /// <summary>The Intel Core generation a Xeon's microarchitecture corresponds to (Haswell = 4).</summary>
    private static int? CoreGenerationOf(string? microarchitecture) => microarchitecture switch
    {
        Microarchitectures.Nehalem or Microarchitectures.Westmere => 1,
        Microarchitectures.SandyBridge or Microarchitectures.SandyBridgeE => 2,
        Microarchitectures.IvyBridge or Microarchitectures.IvyBridgeE => 3,
        Microarchitectures.Haswell or Microarchitectures.HaswellE => 4,
        Microarchitectures.Broadwell or Microarchitectures.BroadwellE => 5,
        Microarchitectures.Skylake or Microarchitectures.SkylakeX => 6,
        Microarchitectures.KabyLake or Microarchitectures.KabyLakeX => 7,
        Microarchitectures.CoffeeLake or Microarchitectures.CoffeeLakeRefresh or Microarchitectures.CascadeLake => 8,
        Microarchitectures.IceLake or Microarchitectures.CooperLake or Microarchitectures.RocketLake => 10,
        Microarchitectures.SapphireRapids or Microarchitectures.EmeraldRapids or Microarchitectures.AlderLake
            or Microarchitectures.RaptorLake => 12,
        Microarchitectures.Core or Microarchitectures.Penryn or Microarchitectures.NetBurst => 0,
        _ => null,
    };

    /// <summary>
    /// Windows 11 firmware requirements the facts report as not ready (bit mask); <paramref name="unreported"/> when
    /// some were not reported at all. Windows 7 installed in legacy BIOS mode reports UEFI and Secure Boot off, and
    /// many boards ship with the firmware TPM (Intel PTT, AMD fTPM) switched off, so in the default "settings" mode
    /// these are settings to switch on while reinstalling, listed in the evidence; "strict" requires them reported ready.
    /// </summary>
    private static int FirmwareNotReady(ComplianceFacts facts, out bool unreported)
    {
        unreported = facts.TpmVersion is null || facts.Uefi is null || facts.SecureBoot is null;
        var mask = 0;
        if (facts.TpmVersion is { } tpm && !tpm.StartsWith('2'))
        {
            mask |= FirmwareTpm;
        }

        if (facts.Uefi == false)
        {
            mask |= FirmwareUefi;
        }

        if (facts.SecureBoot == false)
        {
            mask |= FirmwareSecureBoot;
        }

        return mask;
    }
}
