namespace Vigil.Architecture.Tests;

public class RepositoryTests
{
    [Fact]
    public void Root_is_found_by_walking_up_to_the_solution()
    {
        Assert.True(File.Exists(Path.Combine(Repository.Root, "Vigil.slnx")));
        Assert.True(Directory.Exists(Path.Combine(Repository.Root, "src", "Vigil.Domain")));
    }

    [Fact]
    public void Every_product_project_is_in_the_solution()
    {
        var solution = File.ReadAllText(Path.Combine(Repository.Root, "Vigil.slnx"));

        Assert.All(Repository.ProductProjects, p => Assert.Contains($"src/{p.Name}/{p.Name}.csproj", solution, StringComparison.Ordinal));
    }
}
