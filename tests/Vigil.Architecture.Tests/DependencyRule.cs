namespace Vigil.Architecture.Tests;

/// <summary>Which of our projects a project may reference (DESIGN.md, "Dependency rules").</summary>
public sealed record DependencyRule(string Project, IReadOnlyList<string> MayReference, bool FrameworkFree = false)
{
    /// <summary>Packages (by prefix) that bring a framework into Domain: web, database or logging.</summary>
    public static IReadOnlyList<string> FrameworkPrefixes { get; } =
        ["Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", "Microsoft.Extensions.Logging", "Npgsql", "Microsoft.Data.Sqlite"];

    public static IReadOnlyList<DependencyRule> All { get; } =
    [
        new("Vigil.Domain", [], FrameworkFree: true),
        new("Vigil.Contracts", []),
        new("Vigil.Storage", ["Vigil.Domain"]),
        new("Vigil.Server", ["Vigil.Domain", "Vigil.Contracts", "Vigil.Storage"]),
        new("Vigil.Agent", ["Vigil.Domain", "Vigil.Contracts"]),
        new("Vigil.Cli", ["Vigil.Domain", "Vigil.Contracts"]),
    ];

    /// <summary>Projects no other product project may depend on, directly or transitively, unless its rule says so.</summary>
    public static bool IsOurs(string assemblyOrProject) => assemblyOrProject.StartsWith("Vigil.", StringComparison.Ordinal);
}
