namespace Vigil.TestKit;

/// <summary>Finds files of the repository (fixtures) from wherever the test assembly runs.</summary>
public static class RepositoryFiles
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    /// <summary>The folder that holds Vigil.slnx.</summary>
    public static string Root => s_root.Value;

    /// <summary>A path under tests/fixtures, e.g. <c>Fixture("schema-v1", "vigil-v1.db")</c>.</summary>
    public static string Fixture(params string[] parts) => Path.Combine([Root, "tests", "fixtures", .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Vigil.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Vigil.slnx above {AppContext.BaseDirectory}; run the tests from the repository.");
    }
}
