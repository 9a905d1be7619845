using Vigil.Domain.Compliance;
using Vigil.Domain.Compliance.Catalogs;
using Vigil.Domain.Inventory;

namespace Vigil.Domain.Tests.Compliance;

/// <summary>Computers as inventories report them, and the default policy compiled once for the tests.</summary>
internal static class Pcs
{
    /// <summary>The evaluation day of most tests: Windows 10 is out of support, Windows 7 long gone.</summary>
    public static readonly DateOnly AsOf = new(2026, 3, 2);

    public static readonly DateTime Observed = new(2026, 3, 2, 1, 30, 0, DateTimeKind.Utc);

    public static CompiledPolicy Default { get; } = Compile(PolicyPacks.Default);

    public static CompiledPolicy Compile(PolicyPack pack)
    {
        var compiled = CompiledPolicy.Compile(pack, ComplianceCatalogs.Default);
        Assert.True(compiled.IsSuccess, compiled.Error?.Message);
        return compiled.Value!;
    }

    public static SecurityProduct Bkav(int signatureDays = 1, int? scanDays = 2) => new()
    {
        Name = "Bkav Endpoint", Vendor = "Bkav", Kind = SecurityProductKind.AntiMalware, Version = "6.0.2.10",
        Enabled = true, RealTimeProtection = true, SignaturesUpToDate = true,
        SignatureDate = Observed.AddDays(-signatureDays), LastScanAt = scanDays is { } d ? Observed.AddDays(-d) : null,
    };

    /// <summary>A Windows 7 office PC on a 4th-generation Core i3 with 8 GB and a 240 GB SSD, Bkav installed, patched.</summary>
    public static ComplianceFacts Windows7 { get; } = new()
    {
        ComputerId = Guid.Parse("00000000-0000-0000-0000-000000000007"),
        OsFamily = OsFamily.Windows,
        OsName = "Microsoft Windows 7 Professional",
        OsRelease = "Windows 7",
        OsVersion = "6.1.7601",
        OsBuild = "7601",
        OsArchitecture = "x64",
        CpuModel = "Intel(R) Core(TM) i3-4130 CPU @ 3.40GHz",
        RamMb = 8192,
        LargestSsdGb = 240,
        TotalDiskGb = 240,
        Uefi = false,
        SecureBoot = false,
        Smb1Enabled = true,
        Hotfixes = ["KB4012212", "KB4474419"],
        SecurityProducts = [Bkav()],
        InstalledSoftware = ["Bkav Endpoint", "Bkav EDR Agent", "Microsoft Office Professional Plus 2010", "Unikey 4.3"],
        ObservedAt = Observed,
    };

    /// <summary>Windows 10 22H2 Pro on an 8th-generation Core i5 with TPM 2.0 and Secure Boot.</summary>
    public static ComplianceFacts Windows10 { get; } = Windows7 with
    {
        ComputerId = Guid.Parse("00000000-0000-0000-0000-000000000010"),
        OsName = "Microsoft Windows 10 Pro",
        OsRelease = "Windows 10",
        OsVersion = "10.0.19045",
        OsBuild = "19045",
        CpuModel = "Intel(R) Core(TM) i5-8500 CPU @ 3.00GHz",
        TpmVersion = "2.0",
        Uefi = true,
        SecureBoot = true,
        Smb1Enabled = false,
        Hotfixes = ["KB5046613"],
    };

    public static ComplianceFacts Windows11 { get; } = Windows10 with
    {
        ComputerId = Guid.Parse("00000000-0000-0000-0000-000000000011"),
        OsName = "Microsoft Windows 11 Pro",
        OsRelease = "Windows 11",
        OsVersion = "10.0.26100",
        OsBuild = "26100",
    };

    public static ComplianceFacts Ubuntu(string version) => new()
    {
        ComputerId = Guid.Parse("00000000-0000-0000-0000-000000000222"),
        OsFamily = OsFamily.Linux,
        OsName = "Ubuntu " + version + " LTS",
        OsRelease = "Ubuntu " + version,
        OsVersion = version,
        CpuModel = "Intel(R) Core(TM) i5-4590 CPU @ 3.30GHz",
        RamMb = 8000,
        LargestSsdGb = 256,
        Smb1Enabled = false,
        ObservedAt = Observed,
    };

    public static RuleVerdict Verdict(ComplianceFacts facts, string ruleId, DateOnly? asOf = null, CompiledPolicy? policy = null) =>
        (policy ?? Default).Evaluate(facts, asOf ?? AsOf).Single(v => v.RuleId == ruleId);

    public static string? Evidence(this RuleVerdict verdict, string name) => verdict.Evidence.FirstOrDefault(e => e.Name == name)?.Value;
}
