using Vigil.Domain.Inventory;

namespace Vigil.Domain.Compliance.Catalogs;

/// <summary>One OS release line with its support dates ("Windows 10 Enterprise LTSC 2019", "Ubuntu 22.04 LTS").</summary>
/// <param name="Key">Stable id ("windows-10-22h2"); a site file replaces an entry by it.</param>
/// <param name="Label">What people read in evidence and lists.</param>
/// <param name="Family">The OS family the entry belongs to.</param>
/// <param name="ReleasedOn">General availability, when known.</param>
/// <param name="EndOfSupport">Last day of free security updates; null when no end is published yet.</param>
/// <param name="EndOfExtendedSupport">Last day of paid extended updates (ESU, ESM, LTSS); information only.</param>
/// <param name="LongTermServicing">LTSC/LTSB, LTS or a long-term server release.</param>
public sealed record OsLifecycleEntry(
    string Key,
    string Label,
    OsFamily Family,
    DateOnly? ReleasedOn,
    DateOnly? EndOfSupport,
    DateOnly? EndOfExtendedSupport,
    bool LongTermServicing)
{
    /// <summary>
    /// The product line as the inventory stores it in <c>Computer.OsRelease</c> (<see cref="OsRelease.Of"/>):
    /// "Windows 10", "Windows Server 2008 R2", "Ubuntu 22.04". Several entries may share one.
    /// </summary>
    public string Release { get; init; } = "";

    /// <summary>Where the dates come from, e.g. "endoflife.date windows 10-22h2".</summary>
    public string? Source { get; init; }

    internal OsLifecycleMatch Match { get; init; } = OsLifecycleMatch.Any;

    /// <summary>True from the day after <see cref="EndOfSupport"/>.</summary>
    public bool IsUnsupportedOn(DateOnly asOf) => EndOfSupport is { } last && asOf > last;
}
