namespace Vigil.Architecture.Tests;

public class DependencyRuleTests
{
    public static TheoryData<string> RuledProjects()
    {
        var data = new TheoryData<string>();
        foreach (var rule in DependencyRule.All.Where(r => Repository.ProductProjects.Any(p => p.Name == r.Project)))
        {
            data.Add(rule.Project);
        }

        return data;
    }

    private static ProductProject Project(string name) => Repository.ProductProjects.Single(p => p.Name == name);

    private static DependencyRule Rule(string name) => DependencyRule.All.Single(r => r.Project == name);

    [Fact]
    public void The_core_projects_exist()
    {
        var names = Repository.ProductProjects.Select(p => p.Name).ToHashSet();
        Assert.Subset(names, new HashSet<string> { "Vigil.Domain", "Vigil.Contracts", "Vigil.Cli", "Vigil.Agent" });
    }

    [Theory]
    [MemberData(nameof(RuledProjects))]
    public void Declared_project_references_follow_the_rule(string name)
    {
        var rule = Rule(name);
        var closure = TransitiveProjectReferences(name);

        Assert.All(closure, reference => Assert.True(
            rule.MayReference.Contains(reference),
            $"{name} references {reference} (directly or through another project); it may reference only [{string.Join(", ", rule.MayReference)}]."));
    }

    [Theory]
    [MemberData(nameof(RuledProjects))]
    public void Built_assembly_references_follow_the_rule(string name)
    {
        var project = Project(name);
        var rule = Rule(name);
        var assembly = project.FindBuiltAssembly(ProductProject.BuildConfiguration);
        Assert.True(assembly is not null, $"{name} is not built under bin/{ProductProject.BuildConfiguration}; build the solution first.");

        var references = ProductProject.ReferencedAssemblies(assembly!);

        Assert.All(references.Where(DependencyRule.IsOurs), reference => Assert.True(
            rule.MayReference.Contains(reference),
            $"{project.AssemblyName}.dll references {reference}; {name} may reference only [{string.Join(", ", rule.MayReference)}]."));
        if (rule.FrameworkFree)
        {
            Assert.All(references, reference => Assert.False(
                DependencyRule.FrameworkPrefixes.Any(prefix => reference.StartsWith(prefix, StringComparison.Ordinal)),
                $"{project.AssemblyName}.dll references the framework assembly {reference}."));
        }
    }

    [Fact]
    public void Domain_declares_no_framework_packages_or_framework_references()
    {
        var domain = Project("Vigil.Domain");

        Assert.Equal("Microsoft.NET.Sdk", domain.Sdk);
        Assert.Empty(domain.FrameworkReferences);
        Assert.All(domain.PackageReferences, package => Assert.False(
            DependencyRule.FrameworkPrefixes.Any(prefix => package.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)),
            $"Vigil.Domain references the framework package {package}."));
    }

    [Fact]
    public void No_product_project_depends_on_the_server_or_on_tests()
    {
        foreach (var project in Repository.ProductProjects.Where(p => p.Name != "Vigil.Server"))
        {
            var closure = TransitiveProjectReferences(project.Name);
            Assert.DoesNotContain("Vigil.Server", closure);
            Assert.DoesNotContain(closure, reference => reference.EndsWith(".Tests", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Agent_and_cli_never_reach_storage()
    {
        foreach (var name in new[] { "Vigil.Agent", "Vigil.Cli" }.Where(n => Repository.ProductProjects.Any(p => p.Name == n)))
        {
            Assert.DoesNotContain("Vigil.Storage", TransitiveProjectReferences(name));
        }
    }

    private static HashSet<string> TransitiveProjectReferences(string name)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([name]);
        while (pending.TryPop(out var current))
        {
            var project = Repository.ProductProjects.FirstOrDefault(p => p.Name == current);
            foreach (var reference in project?.ProjectReferences ?? [])
            {
                if (seen.Add(reference))
                {
                    pending.Push(reference);
                }
            }
        }

        return seen;
    }
}
