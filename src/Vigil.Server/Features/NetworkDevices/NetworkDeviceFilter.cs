namespace Vigil.Server.Features.NetworkDevices;

/// <summary>The device list's filters; null means any.</summary>
public sealed record NetworkDeviceFilter(string? Kind = null, string? Family = null, bool? BelowBaseline = null, bool? Stale = null, bool? EndOfSupport = null);
