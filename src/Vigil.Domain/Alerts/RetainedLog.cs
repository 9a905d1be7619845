using Vigil.Domain.Common;

namespace Vigil.Domain.Alerts;

/// <summary>
/// A log file kept on disk under the data directory so it can be hunted again when the unit's indicators change.
/// <see cref="HuntedSet"/> is the fingerprint of the indicator set it was last hunted with completely: a log whose
/// fingerprint differs from the unit's current one (or is null after a crash mid-hunt) is hunted again, and the hits
/// already counted (<see cref="AlertHit"/>, one per alert, log and line) are not counted twice.
/// </summary>
public sealed class RetainedLog : IUnitOwned
{
    public Guid Id { get; set; }

    public Guid UnitId { get; set; }

    public LogSource Source { get; set; }

    /// <summary>The name the file came with (upload name, watched file path, syslog day file).</summary>
    public string Name { get; set; } = "";

    /// <summary>Path relative to the retained-log directory.</summary>
    public string StoredPath { get; set; } = "";

    /// <summary>File identity for watched files ("device:inode" or the path's first bytes' hash); the day key for syslog.</summary>
    public string? SourceKey { get; set; }

    /// <summary>Size on disk.</summary>
    public long Bytes { get; set; }

    /// <summary>Bytes hunted so far: appended data (syslog, watched files) is hunted from here on.</summary>
    public long HuntedBytes { get; set; }

    /// <summary>Lines hunted so far, so that appended lines keep their numbers.</summary>
    public long Lines { get; set; }

    /// <summary>The log format detected in the latest hunt.</summary>
    public string? Format { get; set; }

    public DateTime ReceivedAt { get; set; }

    public DateTime? HuntedAt { get; set; }

    public string? HuntedSet { get; set; }

    /// <summary>Hits found in the latest hunt (counted or already counted).</summary>
    public long Hits { get; set; }

    public string ReceivedBy { get; set; } = "";
}
