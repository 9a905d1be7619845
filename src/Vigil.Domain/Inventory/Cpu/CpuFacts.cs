namespace Vigil.Domain.Inventory.Cpu;

/// <summary>What a vendor parser found; <see cref="CpuModelParser"/> adds the raw string and vendor.</summary>
internal readonly record struct CpuFacts(string? Brand, int? Generation, string? Microarchitecture, string? ModelNumber)
{
    public static CpuFacts None => default;

    public bool IsEmpty => Brand is null && Microarchitecture is null && ModelNumber is null;
}
