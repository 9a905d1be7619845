using Vigil.Domain.Common;

namespace Vigil.Domain.Assets;

/// <summary>A computer of a unit as last reported by one source. The inventory work extends this record.</summary>
public sealed class Computer : IUnitOwned
{
    public Guid Id { get; set; }

    public Guid UnitId { get; set; }

    public string Hostname { get; set; } = "";

    public string? OsName { get; set; }

    public string? OsVersion { get; set; }

    public string? CpuModel { get; set; }

    public int? RamMb { get; set; }

    /// <summary>True for a personal computer used for work (máy tính cá nhân dùng cho công việc).</summary>
    public bool IsPersonal { get; set; }

    /// <summary>agent, ocs, import, scan or manual.</summary>
    public string Source { get; set; } = "";

    public DateTime ObservedAt { get; set; }
}
