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
    private readonly BoundedCache<OsKey, PatchCheck> _ms17010 = new(Capacity);

    public ComplianceCatalogs Catalogs { get; } = catalogs;

    public OsHit Os(ComplianceFacts facts) =>
        _os.GetOrAdd(new OsKey(facts.OsFamily, facts.OsName, facts.OsEdition, facts.OsVersion, facts.OsBuild), facts.OsRelease,
            (key, release) => new OsHit(Catalogs.Lifecycle.Find(key.Family, key.Name, key.Edition, key.Version, key.Build), key.Name, release));

    public CpuHit? Cpu(string? model) =>
        string.IsNullOrWhiteSpace(model) ? null : _cpu.GetOrAdd(model, Catalogs, static (m, c) => new CpuHit(CpuModelParser.Parse(m), c.Windows11Cpus.IsSupported(m)));

    /// <summary>
    /// The build alone often decides (a Windows 10 build past the fix, or a version never affected); that answer is
    /// memoised per OS tuple, and only the rest look at the computer's own hotfix list.
    /// </summary>
    public PatchCheck Ms17010(ComplianceFacts facts)
    {
        var byBuild = _ms17010.GetOrAdd(new OsKey(facts.OsFamily, facts.OsName, null, facts.OsVersion, facts.OsBuild), Catalogs,
            static (key, c) => c.Ms17010.Check(key.Family, key.Name, key.Version, key.Build, null));
        return byBuild.State is PatchState.Patched or PatchState.NotAffected || facts.Hotfixes is null
            ? byBuild
            : Catalogs.Ms17010.Check(facts.OsFamily, facts.OsName, facts.OsVersion, facts.OsBuild, facts.Hotfixes);
    }

    private readonly record struct OsKey(OsFamily Family, string? Name, string? Edition, string? Version, string? Build);
}
