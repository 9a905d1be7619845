using Vigil.Domain.Compliance;
using Vigil.Domain.Compliance.Catalogs;
using Vigil.Domain.Inventory;
using Vigil.Domain.Inventory.Cpu;

namespace Vigil.Bench.ComplianceEval;

/// <summary>
/// What the SQL peer is given before its clock starts: each distinct OS tuple already looked up in the lifecycle and
/// MS17-010 catalogs, each processor already parsed and checked against the Windows 11 list, and each computer's Bkav
/// and EDR product already picked out of its product and program lists. The peer therefore does less than the engine,
/// whose clock includes all of that (memoised) work.
/// </summary>
internal static class PeerInput
{
    public sealed record Os(int Id, bool InCatalog, int? LastDay, bool IsServer, string? Release, int Ms17ByBuild);

    public sealed record Cpu(int Id, bool? Windows11, bool? Baseline);

    public static Os LookUpOs(ComplianceCatalogs catalogs, ComplianceFacts f, int id)
    {
        var entry = catalogs.Lifecycle.Find(f.OsFamily, f.OsName, f.OsEdition, f.OsVersion, f.OsBuild);
        var server = (f.OsName ?? "").Contains("Server", StringComparison.OrdinalIgnoreCase);
        var byBuild = catalogs.Ms17010.Check(f.OsFamily, f.OsName, f.OsVersion, f.OsBuild, null).State;
        return new Os(id, entry is not null, entry?.EndOfSupport?.DayNumber, server, f.OsRelease, (int)byBuild);
    }

    /// <summary>The directive's baseline for the processors the generator uses (Core i3 gen 4, Ryzen, Haswell Xeon and up).</summary>
    public static Cpu LookUpCpu(ComplianceCatalogs catalogs, string model, int id)
    {
        var info = CpuModelParser.Parse(model);
        var windows11 = catalogs.Windows11Cpus.IsSupported(model);
        bool? baseline = info.Vendor == CpuVendor.Unknown || info.Brand is null ? null
            : windows11 == true ? true
            : info.Brand is CpuBrands.CoreI3 or CpuBrands.CoreI5 or CpuBrands.CoreI7 or CpuBrands.CoreI9 ? info.Generation >= 4
            : info.Brand is CpuBrands.Ryzen3 or CpuBrands.Ryzen5 or CpuBrands.Ryzen7 or CpuBrands.Ryzen9 ? true
            : info.Brand == CpuBrands.Xeon ? info.Microarchitecture is "Haswell" or "Broadwell" ? true : null
            : false;
        return new Cpu(id, info.Vendor == CpuVendor.Unknown || info.Brand is null ? null : windows11, baseline);
    }

    public static SecurityProduct? Bkav(ComplianceFacts f)
    {
        if (f.SecurityProducts is null)
        {
            return null;
        }

        foreach (var p in f.SecurityProducts)
        {
            if (p.Kind == SecurityProductKind.AntiMalware && (p.Name.StartsWith("Bkav", StringComparison.OrdinalIgnoreCase) || p.Vendor == "Bkav"))
            {
                return p;
            }
        }

        return null;
    }

    public static bool Installed(ComplianceFacts f, string prefix) =>
        f.InstalledSoftware is { } software && software.Any(s => s.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
}
