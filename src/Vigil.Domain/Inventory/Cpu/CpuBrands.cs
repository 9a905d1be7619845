namespace Vigil.Domain.Inventory.Cpu;

/// <summary>
/// The brand names <see cref="CpuModelParser"/> returns, so callers compare against constants instead of retyping them.
/// AMD A-series APUs keep their tier ("A8", "A10") because the tier, not the word "A-series", is what people look up.
/// </summary>
public static class CpuBrands
{
    public const string CoreI3 = "Core i3";
    public const string CoreI5 = "Core i5";
    public const string CoreI7 = "Core i7";
    public const string CoreI9 = "Core i9";
    public const string Core3 = "Core 3";
    public const string Core5 = "Core 5";
    public const string Core7 = "Core 7";
    public const string Core9 = "Core 9";
    public const string CoreUltra5 = "Core Ultra 5";
    public const string CoreUltra7 = "Core Ultra 7";
    public const string CoreUltra9 = "Core Ultra 9";
    public const string CoreUltra3 = "Core Ultra 3";
    public const string CoreM = "Core M";
    public const string CoreM3 = "Core m3";
    public const string CoreM5 = "Core m5";
    public const string CoreM7 = "Core m7";
    public const string Core2Duo = "Core 2 Duo";
    public const string Core2Quad = "Core 2 Quad";
    public const string Core2Solo = "Core 2 Solo";
    public const string Core2Extreme = "Core 2 Extreme";
    public const string CoreDuo = "Core Duo";
    public const string CoreSolo = "Core Solo";
    public const string Pentium = "Pentium";
    public const string Pentium2 = "Pentium II";
    public const string Pentium3 = "Pentium III";
    public const string Pentium4 = "Pentium 4";
    public const string PentiumD = "Pentium D";
    public const string PentiumM = "Pentium M";
    public const string PentiumDualCore = "Pentium Dual-Core";
    public const string Celeron = "Celeron";
    public const string Atom = "Atom";
    public const string Xeon = "Xeon";

    /// <summary>Intel's N-series without a family name (N100, N200, N150).</summary>
    public const string IntelProcessorN = "Intel Processor N";

    /// <summary>The other unbranded Intel parts (Intel Processor 300, U300).</summary>
    public const string IntelProcessor = "Intel Processor";

    public const string Ryzen3 = "Ryzen 3";
    public const string Ryzen5 = "Ryzen 5";
    public const string Ryzen7 = "Ryzen 7";
    public const string Ryzen9 = "Ryzen 9";
    public const string RyzenThreadripper = "Ryzen Threadripper";
    public const string RyzenEmbedded = "Ryzen Embedded";
    public const string RyzenAi5 = "Ryzen AI 5";
    public const string RyzenAi7 = "Ryzen AI 7";
    public const string RyzenAi9 = "Ryzen AI 9";
    public const string RyzenAiMax = "Ryzen AI Max";
    public const string RyzenZ1 = "Ryzen Z1";
    public const string RyzenZ2 = "Ryzen Z2";
    public const string Athlon = "Athlon";
    public const string AthlonII = "Athlon II";
    public const string Athlon64 = "Athlon 64";
    public const string AthlonXP = "Athlon XP";
    public const string Phenom = "Phenom";
    public const string PhenomII = "Phenom II";
    public const string A4 = "A4";
    public const string A6 = "A6";
    public const string A8 = "A8";
    public const string A9 = "A9";
    public const string A10 = "A10";
    public const string A12 = "A12";
    public const string FX = "FX";
    public const string Sempron = "Sempron";
    public const string Turion = "Turion";
    public const string ESeries = "E-series";
    public const string CSeries = "C-series";
    public const string Opteron = "Opteron";
    public const string Epyc = "EPYC";

    /// <summary>Also used for Microsoft's SQ chips, which are Snapdragon 8cx variants.</summary>
    public const string Snapdragon = "Snapdragon";

    public const string AppleM1 = "M1";
    public const string AppleM2 = "M2";
    public const string AppleM3 = "M3";
    public const string AppleM4 = "M4";
    public const string AppleM5 = "M5";
    public const string ViaNano = "Nano";
    public const string ViaC7 = "C7";
    public const string ViaEden = "Eden";
}
