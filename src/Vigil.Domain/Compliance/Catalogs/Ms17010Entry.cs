namespace Vigil.Domain.Compliance.Catalogs;

/// <summary>The MS17-010 facts of one Windows release line (or a range of its builds).</summary>
/// <param name="Key">Stable id; a site file replaces an entry by it.</param>
/// <param name="Label">Who it applies to, for evidence.</param>
/// <param name="Releases">Release lines as <c>Computer.OsRelease</c> names them ("Windows 7", "Windows Server 2008 R2").</param>
/// <param name="Builds">Builds the entry is limited to (Windows 10 1607 is 14393); empty = every build of the releases.</param>
/// <param name="BuildsFrom">The entry covers this build and later (Windows 10 1703+ is 15063 and later).</param>
/// <param name="FixedBuild">First build.revision with the fix ("14393.953"); later cumulative updates raise the revision.</param>
/// <param name="FixedBy">The March 2017 (or, for XP/2003/8, May 2017) updates that fix it.</param>
/// <param name="SupersededBy">Later updates that contain the fix.</param>
/// <param name="NotAffected">The release shipped with the fix.</param>
/// <param name="LaterRollupsFrom">
/// The first cumulative monthly rollup after the listed updates (June 2017). Every later rollup contains the fix too
/// but they are too many to list, so a computer showing none of the listed updates and an update numbered at or after
/// this one is Unknown rather than Missing.
/// </param>
public sealed record Ms17010Entry(
    string Key,
    string Label,
    IReadOnlyList<string> Releases,
    IReadOnlyList<int> Builds,
    int? BuildsFrom,
    string? FixedBuild,
    IReadOnlyList<string> FixedBy,
    IReadOnlyList<string> SupersededBy,
    bool NotAffected,
    string? LaterRollupsFrom = null)
{
    internal WindowsBuild? Fixed { get; init; }

    /// <summary>The numbers of <see cref="FixedBy"/> and <see cref="SupersededBy"/>, for matching installed updates.</summary>
    internal IReadOnlySet<string> KbNumbers { get; } =
        FixedBy.Concat(SupersededBy).Select(Ms17010Catalog.KbNumber).OfType<string>().ToHashSet(StringComparer.Ordinal);

    internal bool Covers(string release, WindowsBuild build)
    {
        if (!Releases.Contains(release, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        if (build.Number is not { } number)
        {
            return true;
        }

        return Builds.Count > 0 ? Builds.Contains(number) : BuildsFrom is not { } from || number >= from;
    }
}
