namespace Vigil.Domain.Compliance.Catalogs;

/// <summary>How an entry recognises a computer within its release line (the <c>match:</c> block of the YAML).</summary>
/// <param name="Builds">Windows build numbers of the entry; empty = any build.</param>
/// <param name="Editions">Which Windows editions the dates apply to.</param>
/// <param name="NameHas">Words that must all occur in the product name or edition; "LTSC|LTSB" accepts either.</param>
/// <param name="UnknownBuild">The entry stands for its release when the source gave no build.</param>
/// <param name="Distro">Linux distribution id (<see cref="LinuxDistribution.KnownIds"/>).</param>
/// <param name="Version">Linux version numbers ("22.04" → [22, 4]).</param>
internal sealed record OsLifecycleMatch(
    IReadOnlyList<int> Builds,
    EditionScope Editions,
    IReadOnlyList<string> NameHas,
    bool UnknownBuild,
    string? Distro,
    IReadOnlyList<int> Version)
{
    public static OsLifecycleMatch Any { get; } = new([], EditionScope.Any, [], false, null, []);

    /// <summary>Entries that name a channel (LTSC, IoT, Embedded) are more specific than the general one.</summary>
    public int Specificity => NameHas.Count;

    /// <summary>An entry without channel words: the release's general line, which release-level views judge by.</summary>
    public bool IsGeneral => NameHas.Count == 0;

    public bool NameMatches(string text) =>
        NameHas.All(term => term.Split('|').Any(word => text.Contains(word, StringComparison.OrdinalIgnoreCase)));
}

/// <summary>The editions an entry's dates apply to.</summary>
internal enum EditionScope
{
    Any = 0,
    Consumer = 1,
    Enterprise = 2,
}
