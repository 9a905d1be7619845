using Vigil.Domain.Vulnerabilities;
using Vigil.Domain.Vulnerabilities.Import;

namespace Vigil.Domain.Tests.Vulnerabilities;

/// <summary>The real NVD records and KEV entries of tests/fixtures/vulnerabilities (NOTICE.md names the sources).</summary>
internal static class VulnFixtures
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "fixtures", "vulnerabilities");

    public static string PathOf(string name) => Path.Combine(Folder, name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));

    public static string NvdFolder => Path.Combine(Folder, "nvd");

    public static byte[] Nvd(string name) => File.ReadAllBytes(Path.Combine(NvdFolder, name));

    public static Cve Cve(string id)
    {
        var result = NvdImporter.Read(id + ".json", Nvd(id + ".json"));
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors));
        return Assert.Single(result.Items);
    }

    public static IReadOnlyList<Cve> All() => NvdImporter.ReadFolder(NvdFolder).Items;
}
