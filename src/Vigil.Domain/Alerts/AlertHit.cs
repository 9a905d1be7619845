using Vigil.Domain.Common;

namespace Vigil.Domain.Alerts;

/// <summary>
/// One counted hit: the key (alert, log, line) makes hunting the same log again idempotent. Only the first
/// <c>SampleSize</c> hits of an alert keep their details (<see cref="Sample"/>), so an alert's storage stays bounded
/// apart from the keys, which go with their log at retention.
/// </summary>
public sealed class AlertHit : IUnitOwned
{
    public Guid Id { get; set; }

    public Guid UnitId { get; set; }

    public Guid AlertId { get; set; }

    public Guid LogId { get; set; }

    public long Line { get; set; }

    public DateTime SeenAt { get; set; }

    public bool Sample { get; set; }

    public string? Field { get; set; }

    public string? Value { get; set; }

    public string? LineTime { get; set; }

    public string? Src { get; set; }

    public string? Dst { get; set; }
}
