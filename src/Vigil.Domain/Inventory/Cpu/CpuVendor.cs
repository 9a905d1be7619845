namespace Vigil.Domain.Inventory.Cpu;

/// <summary>Who designed the processor, as far as its model string tells.</summary>
public enum CpuVendor
{
    /// <summary>Empty, virtual ("QEMU Virtual CPU") or unrecognisable strings.</summary>
    Unknown,
    Intel,
    Amd,
    Qualcomm,
    Apple,
    Via,

    /// <summary>A vendor we recognise but do not classify further (Hygon, Zhaoxin, Loongson, generic ARM cores).</summary>
    Other,
}
