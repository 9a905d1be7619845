using Vigil.Domain.Common;

namespace Vigil.Domain.Assets;

/// <summary>
/// An address an operator asked to poll, with the profile to poll it with. Only these addresses are polled: Vigil
/// never scans. The last poll's time and outcome are kept for the list; the device it found is linked.
/// </summary>
public sealed class SnmpPollTarget : IUnitOwned
{
    public Guid Id { get; set; }

    public Guid UnitId { get; set; }

    /// <summary>An IP address or host name, as entered.</summary>
    public string Address { get; set; } = "";

    public int Port { get; set; } = 161;

    public Guid ProfileId { get; set; }

    /// <summary>The device the last successful poll stored; null before the first.</summary>
    public Guid? DeviceId { get; set; }

    /// <summary>Whether the scheduled poll includes this target (on-demand polls always work).</summary>
    public bool Enabled { get; set; } = true;

    public DateTime? LastPolledAt { get; set; }

    /// <summary>"ok" or "error"; null before the first poll.</summary>
    public string? LastStatus { get; set; }

    public string? LastErrorCode { get; set; }

    public string? LastError { get; set; }

    public DateTime CreatedAt { get; set; }
}
