namespace Vigil.Domain.Inventory.Cpu;

/// <summary>One word of a normalised model string: where it starts in the buffer and how long it is.</summary>
internal readonly record struct CpuToken(int Start, int Length);
