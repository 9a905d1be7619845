using Vigil.Domain.Inventory;

namespace Vigil.Storage;

/// <summary>A unit's computers and their address intervals, as read by <see cref="VigilDbContext.AddressHistoryOfUnitAsync"/>.</summary>
public sealed record UnitAddressHistory(IReadOnlyList<AddressHistoryComputer> Computers, IReadOnlyList<AddressHistoryRow> Rows);

/// <summary>A computer of the unit: its current name and when it was retired, if it was.</summary>
public sealed record AddressHistoryComputer(Guid Id, string Hostname, DateTime? RetiredAt);

/// <summary>One interval: the computer had <see cref="Value"/> from <see cref="FirstSeen"/> until <see cref="Until"/> (null: still).</summary>
public sealed record AddressHistoryRow(Guid ComputerId, ComputerAddressKind Kind, string Value, DateTime FirstSeen, DateTime? Until);
