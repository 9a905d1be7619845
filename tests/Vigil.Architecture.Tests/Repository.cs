namespace Vigil.Architecture.Tests;

public static class Repository
{
    /// <summary>The folder holding Vigil.slnx, found by walking up from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    public static IReadOnlyList<ProductProject> ProductProjects { get; } =
        [.. Directory.EnumerateFiles(Path.Combine(Root, "src"), "*.csproj", SearchOption.AllDirectories)
            .Where(p => Path.GetRelativePath(Path.Combine(Root, "src"), p).Count(c => c is '/' or '\\') == 1)
            .Order(StringComparer.Ordinal)
            .Select(ProductProject.Load)];

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Vigil.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Vigil.slnx above {AppContext.BaseDirectory}.");
    }
}
