namespace Vigil.Domain.Compliance;

/// <summary>A versioned set of rules, parsed from YAML (<see cref="PolicyPackParser"/>).</summary>
/// <param name="Id">The pack's id, e.g. "directive-xp7".</param>
/// <param name="Version">Raised whenever the pack's content changes, so stored verdicts are re-evaluated.</param>
/// <param name="Rules">In the order the file lists them; verdicts come in this order.</param>
public sealed record PolicyPack(string Id, int Version, string TitleVi, string TitleEn, IReadOnlyList<PolicyRule> Rules)
{
    /// <summary>For a site override: the id of the pack it changes (<see cref="PolicyPacks.WithOverride"/>); null for a complete pack.</summary>
    public string? Extends { get; init; }

    /// <summary>"file:line:column" of <c>extends</c> (or of the file's first key), for errors found when the override is applied.</summary>
    public string? Location { get; init; }

    /// <summary>The site override applied on top of this pack, as "id@version", so fingerprints change with it.</summary>
    public string? OverrideVersion { get; init; }
}
