using Vigil.Domain.Common;

namespace Vigil.Domain.Inventory;

/// <summary>
/// One interval in which one source's reports showed a computer with an address or hostname: from the first report
/// that showed it to the first that no longer did (null while it still does). Lets a log line be linked to the
/// computer that had the address at the line's time, not the one that has it now.
/// </summary>
public sealed class ComputerAddress : IUnitOwned
{
    public Guid Id { get; set; }

    public Guid ComputerId { get; set; }

    public Guid UnitId { get; set; }

    /// <summary>The <see cref="ComputerSource"/> whose reports showed it (kept when the source is removed).</summary>
    public Guid SourceId { get; set; }

    public ComputerAddressKind Kind { get; set; }

    /// <summary>Canonical address text, or the hostname trimmed of spaces and a trailing dot.</summary>
    public string Value { get; set; } = "";

    /// <summary>The observed time of the first report that showed it.</summary>
    public DateTime FirstSeen { get; set; }

    /// <summary>The observed time of the first report that no longer showed it; null while it is current.</summary>
    public DateTime? Until { get; set; }
}
