namespace Vigil.Domain.Inventory.Cpu;

/// <summary>What a processor model string says about the processor. Every part but <paramref name="Raw"/> may be unknown.</summary>
/// <param name="Raw">The string exactly as reported (empty for null), so nothing is lost when the parser learns more.</param>
/// <param name="Vendor">Designer of the processor.</param>
/// <param name="Brand">Normalised family, one of <see cref="CpuBrands"/> (e.g. "Core i5", "Pentium Dual-Core", "Ryzen 5", "A8").</param>
/// <param name="Generation">
/// Intel Core (i3/i5/i7/i9, m3/m5/m7): the generation in the model number (i5-4590 → 4, i5-1135G7 → 11).
/// Intel Core Ultra and Core 3/5/7: the series (155H → 1, 265K → 2).
/// AMD Ryzen and Threadripper: the model series, first digit of the number (3600 → 3, 7840U → 7); it counts model years,
/// not architectures, so a 7520U (Zen 2) and a 7840U (Zen 4) are both 7. AMD EPYC: the last digit (7763 → 3).
/// Apple M: the number (M2 Pro → 2). Snapdragon: the "Gen N" suffix. Null everywhere else (Core 2, Pentium, Celeron, Xeon…).
/// </param>
/// <param name="Microarchitecture">Intel/AMD code name when the model number gives it away ("Haswell", "Zen 2"); null when unsure.</param>
/// <param name="ModelNumber">The model as printed after the brand ("4590", "1135G7", "E7500", "G2030", "3500U", "E5-2680 v4").</param>
public sealed record CpuInfo(
    string Raw,
    CpuVendor Vendor,
    string? Brand,
    int? Generation,
    string? Microarchitecture,
    string? ModelNumber);
