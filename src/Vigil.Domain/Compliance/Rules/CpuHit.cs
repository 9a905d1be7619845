using Vigil.Domain.Inventory.Cpu;

namespace Vigil.Domain.Compliance.Rules;

/// <summary>A processor model string read once: its parsed facts and whether Windows 11 supports it.</summary>
internal sealed class CpuHit(CpuInfo info, bool? windows11)
{
    public CpuInfo Info { get; } = info;

    /// <summary>On Microsoft's Windows 11 processor list; null when the list cannot tell from the string.</summary>
    public bool? Windows11 { get; } = windows11;

    public EvidenceFact Cpu { get; } = new("cpu", info.Raw);

    public EvidenceFact Windows11Evidence { get; } = new("windows11_cpu", Evidence.YesNo(windows11));

    public bool IsKnown => Info.Vendor != CpuVendor.Unknown && Info.Brand is not null;
}
