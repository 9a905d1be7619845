using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;

namespace Vigil.Architecture.Tests;

/// <summary>One src/*/*.csproj as declared (project and package references) and as built (assembly references).</summary>
public sealed record ProductProject(
    string Name,
    string Directory,
    string Sdk,
    string AssemblyName,
    IReadOnlyList<string> ProjectReferences,
    IReadOnlyList<string> PackageReferences,
    IReadOnlyList<string> FrameworkReferences)
{
    public static ProductProject Load(string csprojPath)
    {
        var document = XDocument.Load(csprojPath);
        var root = document.Root!;
        var name = Path.GetFileNameWithoutExtension(csprojPath);
        IEnumerable<XElement> Items(string item) => root.Descendants().Where(e => e.Name.LocalName == item);
        string Include(XElement e) => (string?)e.Attribute("Include") ?? "";

        return new ProductProject(
            name,
            Path.GetDirectoryName(csprojPath)!,
            (string?)root.Attribute("Sdk") ?? "",
            root.Descendants().FirstOrDefault(e => e.Name.LocalName == "AssemblyName")?.Value ?? name,
            [.. Items("ProjectReference").Select(e => Path.GetFileNameWithoutExtension(Include(e).Replace('\\', '/')))],
            [.. Items("PackageReference").Select(Include)],
            [.. Items("FrameworkReference").Select(Include)]);
    }

    /// <summary>The built assembly in bin/&lt;configuration&gt;/&lt;tfm&gt;/, or null when it has not been built.</summary>
    public string? FindBuiltAssembly(string configuration)
    {
        var bin = Path.Combine(Directory, "bin", configuration);
        if (!System.IO.Directory.Exists(bin))
        {
            return null;
        }

        return System.IO.Directory.EnumerateDirectories(bin)
            .Select(tfm => Path.Combine(tfm, AssemblyName + ".dll"))
            .Where(File.Exists)
            .OrderByDescending(File.GetLastWriteTimeUtc)
            .FirstOrDefault();
    }

    /// <summary>Reads the assembly references from metadata without loading the assembly.</summary>
    public static IReadOnlyList<string> ReferencedAssemblies(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        return [.. metadata.AssemblyReferences.Select(handle => metadata.GetString(metadata.GetAssemblyReference(handle).Name))];
    }

    public static string BuildConfiguration =>
        typeof(ProductProject).Assembly.GetCustomAttribute<BuildConfigurationAttribute>()?.Configuration ?? "Debug";
}
