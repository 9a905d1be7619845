using Vigil.Domain.Compliance.Catalogs;

namespace Vigil.Domain.Compliance.Rules;

/// <summary>What the lifecycle catalog says about one reported OS, with its evidence prepared once per distinct OS.</summary>
internal sealed class OsHit
{
    public OsHit(OsLifecycleEntry? entry, string? reportedName, string? release)
    {
        Entry = entry;
        var label = entry?.Label ?? reportedName ?? release ?? "unknown";
        Os = new EvidenceFact("os", label);
        Reported = reportedName is not null && !string.Equals(reportedName, label, StringComparison.Ordinal) ? new EvidenceFact("os_reported", reportedName) : null;
        EndOfSupport = entry is null ? null : new EvidenceFact("end_of_support", entry.EndOfSupport is { } day ? Evidence.Date(day) : "none announced");
        IsServer = Contains(reportedName, "Server") || Contains(entry?.Label, "Server") || Contains(release, "Server");
    }

    public OsLifecycleEntry? Entry { get; }

    public EvidenceFact Os { get; }

    public EvidenceFact? Reported { get; }

    public EvidenceFact? EndOfSupport { get; }

    public bool IsServer { get; }

    /// <summary>Supported on the day: no end announced, or not past the last day of free security updates.</summary>
    public bool IsSupportedOn(DateOnly asOf) => Entry is not null && (Entry.EndOfSupport is not { } last || asOf <= last);

    private static bool Contains(string? text, string word) => text?.Contains(word, StringComparison.OrdinalIgnoreCase) == true;
}
