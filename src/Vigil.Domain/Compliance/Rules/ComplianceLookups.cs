using Vigil.Domain.Compliance.Catalogs;
using Vigil.Domain.Inventory;
using Vigil.Domain.Inventory.Cpu;

namespace Vigil.Domain.Compliance.Rules;

/// <summary>
/// The catalog lookups rules share, memoised by the strings inventories report: computers of one province repeat a
/// few hundred OS tuples and processor names, so after warm-up a lookup is one hash of the key.
/// </summary>
internal sealed class ComplianceLookups(ComplianceCatalogs catalogs)
{
    private const int Capacity = 200_000;

    private readonly BoundedCache<OsKey, OsHit> _os = new(Capacity);
    private readonly BoundedCache<string, CpuHit> _cpu = new(Capacity);
    private readonly BoundedCache<OsKey, Ms17010Plan> _ms17010 = new(Capacity);
    private readonly Lazy<Dictionary<string, string[]>> _ms17010Updates = new(() => UpdatesOf(catalogs.Ms17010));

    public ComplianceCatalogs Catalogs { get; } = catalogs;

    public OsHit Os(ComplianceFacts facts) =>
        _os.GetOrAdd(new OsKey(facts.OsFamily, facts.OsName, facts.OsEdition, facts.OsVersion, facts.OsBuild), facts.OsRelease,
            (key, release) => new OsHit(Catalogs.Lifecycle.Find(key.Family, key.Name, key.Edition, key.Version, key.Build), key.Name, release));

    public CpuHit? Cpu(string? model) =>
        string.IsNullOrWhiteSpace(model) ? null : _cpu.GetOrAdd(model, Catalogs, static (m, c) => new CpuHit(CpuModelParser.Parse(m), c.Windows11Cpus.IsSupported(m)));

    /// <summary>
    /// MS17-010 for one computer, as <see cref="Ms17010Catalog.Check"/> answers it. Per OS tuple the catalog is asked
    /// once what the build alone says and which single updates patch that OS; a computer then only looks its hotfixes
    /// up in that set. Computers without a fixing update go to the catalog, for its exact evidence.
    /// </summary>
    public (PatchCheck Check, EvidenceFact? Evidence) Ms17010(ComplianceFacts facts)
    {
        var plan = _ms17010.GetOrAdd(new OsKey(facts.OsFamily, facts.OsName, null, facts.OsVersion, facts.OsBuild), this,
            static (key, lookups) => lookups.Plan(key));
        if (plan.ByBuild.State is PatchState.Patched or PatchState.NotAffected || facts.Hotfixes is null)
        {
            return (plan.ByBuild, plan.ByBuildEvidence);
        }

        var hotfixes = facts.Hotfixes;
        if (plan.Fixing is { } fixing)
        {
            for (var i = 0; i < hotfixes.Count; i++)
            {
                if (fixing.TryGetValue(hotfixes[i], out var patched))
                {
                    return patched;
                }
            }
        }

        var check = Catalogs.Ms17010.Check(facts.OsFamily, facts.OsName, facts.OsVersion, facts.OsBuild, hotfixes);
        return (check, check.Evidence is { } text ? new EvidenceFact("patch", text) : null);
    }

    private Ms17010Plan Plan(OsKey key)
    {
        var byBuild = Catalogs.Ms17010.Check(key.Family, key.Name, key.Version, key.Build, null);
        var evidence = byBuild.Evidence is { } text ? new EvidenceFact("patch", text) : null;
        if (byBuild.State is PatchState.Patched or PatchState.NotAffected)
        {
            return new Ms17010Plan(byBuild, evidence, null);
        }

        // Only the updates of the release's own entries can patch it; each is confirmed by the catalog itself.
        var release = OsRelease.Of(new OsInfo { Family = key.Family, Name = key.Name, Version = key.Version, Build = key.Build }) ?? "";
        var updates = _ms17010Updates.Value;
        var candidates = updates.TryGetValue(release, out var own) ? own : updates[""];
        var fixing = new Dictionary<string, (PatchCheck, EvidenceFact?)>(StringComparer.OrdinalIgnoreCase);
        foreach (var update in candidates)
        {
            var alone = Catalogs.Ms17010.Check(key.Family, key.Name, key.Version, key.Build, [update]);
            if (alone.State == PatchState.Patched)
            {
                fixing[update] = (alone, alone.Evidence is { } t ? new EvidenceFact("patch", t) : null);
            }
        }

        return new Ms17010Plan(byBuild, evidence, fixing.Count == 0 ? null : fixing);
    }

    /// <summary>The fixing and superseding updates per release line; "" holds all of them, for releases not named.</summary>
    private static Dictionary<string, string[]> UpdatesOf(Ms17010Catalog catalog)
    {
        var byRelease = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase) { [""] = new(StringComparer.OrdinalIgnoreCase) };
        foreach (var entry in catalog.Entries)
        {
            foreach (var release in entry.Releases.Append(""))
            {
                if (!byRelease.TryGetValue(release, out var updates))
                {
                    updates = byRelease[release] = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                }

                updates.UnionWith(entry.FixedBy);
                updates.UnionWith(entry.SupersededBy);
            }
        }

        return byRelease.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.OrdinalIgnoreCase);
    }

    private sealed record Ms17010Plan(PatchCheck ByBuild, EvidenceFact? ByBuildEvidence, Dictionary<string, (PatchCheck, EvidenceFact?)>? Fixing);

    private readonly record struct OsKey(OsFamily Family, string? Name, string? Edition, string? Version, string? Build);
}
