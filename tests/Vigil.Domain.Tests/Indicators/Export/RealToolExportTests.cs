using Vigil.Domain.Indicators;
using Vigil.Domain.Indicators.Export;

namespace Vigil.Domain.Tests.Indicators.Export;

/// <summary>
/// The firewall and DNS files are checked by the programs that will load them, on the WannaCry pack, the mixed set
/// and 10,000 generated values; each check also gets a deliberately broken file, which it must reject.
/// </summary>
public sealed class RealToolExportTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("vigil-export-").FullName;

    public static TheoryData<string> Sets() => ["wannacry", "mixed", "generated"];

    private static IReadOnlyList<Indicator> Set(string name) => name switch
    {
        "wannacry" => ExportSets.WannaCry,
        "mixed" => ExportSets.Mixed,
        _ => ExportSets.Generated,
    };

    private static IReadOnlyList<ExportFile> Export(IndicatorExportFormat format, string set) =>
        IndicatorExport.Export(format, Set(set), ExportSets.Options);

    private string Write(ExportFile file, string? content = null, string? name = null)
    {
        var path = Path.Combine(_directory, name ?? file.Name);
        File.WriteAllText(path, content ?? file.Content);
        return path;
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Nft_accepts_the_ruleset_and_rejects_a_broken_one(string set)
    {
        var file = Assert.Single(Export(IndicatorExportFormat.Nftables, set));
        RealTool.Run("nftables", "nft", ["-c", "-f", Write(file)], isolateNetwork: true).AssertOk("nft -c");
        var broken = file.Content.Replace("counter drop", "counter dorp", StringComparison.Ordinal);
        RealTool.Run("nftables", "nft", ["-c", "-f", Write(file, broken, "broken.nft")], isolateNetwork: true).AssertRejected("nft -c");
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Iptables_restore_accepts_both_files_and_rejects_a_broken_one(string set)
    {
        var files = Export(IndicatorExportFormat.Iptables, set);
        Assert.Equal(["iptables.rules", "ip6tables.rules"], files.Select(f => f.Name));
        foreach (var file in files)
        {
            var tool = file.Name.StartsWith("ip6", StringComparison.Ordinal) ? "ip6tables-restore" : "iptables-restore";
            RealTool.Run("iptables", tool, ["--test", "--noflush"], Write(file), isolateNetwork: true).AssertOk(tool);
            var broken = file.Content.Replace("COMMIT", "-A vigil -s 300.1.1.1 -j DROP\nCOMMIT", StringComparison.Ordinal);
            RealTool.Run("iptables", tool, ["--test", "--noflush"], Write(file, broken, "broken.rules"), isolateNetwork: true).AssertRejected(tool);
        }
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Ipset_restores_the_sets_twice_and_rejects_a_broken_file(string set)
    {
        var file = Assert.Single(Export(IndicatorExportFormat.Ipset, set));
        var path = Write(file);

        // Twice in one namespace: the second load must replace the first (create -exist, flush).
        var twice = Write(file, file.Content + file.Content, "twice.ipset");
        RealTool.Run("ipset", "ipset", ["restore"], path, isolateNetwork: true).AssertOk("ipset restore");
        RealTool.Run("ipset", "ipset", ["restore"], twice, isolateNetwork: true).AssertOk("ipset restore (reload)");
        RealTool.Run("ipset", "ipset", ["restore"], Write(file, file.Content + "add vigil-v4 not-an-address\n", "broken.ipset"), isolateNetwork: true)
            .AssertRejected("ipset restore");
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Named_checkzone_accepts_the_rpz_zone_and_rejects_a_broken_one(string set)
    {
        var file = Assert.Single(Export(IndicatorExportFormat.Rpz, set));
        RealTool.Run("bind9-utils", "named-checkzone", ["rpz.vigil", Write(file)]).AssertOk("named-checkzone");
        var broken = file.Content.Replace("@ IN NS localhost.\n", "", StringComparison.Ordinal);
        RealTool.Run("bind9-utils", "named-checkzone", ["rpz.vigil", Write(file, broken, "broken.zone")]).AssertRejected("named-checkzone");
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Unbound_checkconf_accepts_the_included_file_and_rejects_a_broken_one(string set)
    {
        var file = Assert.Single(Export(IndicatorExportFormat.Unbound, set));
        RealTool.Run("unbound", "unbound-checkconf", [Wrapper(Write(file))]).AssertOk("unbound-checkconf");
        var broken = file.Content + "\tlocal-zone: \"x.example.\" sinkhole_everything\n";
        RealTool.Run("unbound", "unbound-checkconf", [Wrapper(Write(file, broken, "broken.conf"))]).AssertRejected("unbound-checkconf");
    }

    /// <summary>A minimal unbound.conf that includes the generated file, without chroot or privilege drop so it checks as any user.</summary>
    private string Wrapper(string include)
    {
        var path = Path.Combine(_directory, Path.GetFileNameWithoutExtension(include) + "-unbound-main.conf");
        File.WriteAllText(path, $"server:\n\tchroot: \"\"\n\tusername: \"\"\n\tdirectory: \"{_directory}\"\n\tpidfile: \"\"\n\tuse-syslog: no\n\tinclude: \"{include}\"\n");
        return path;
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
