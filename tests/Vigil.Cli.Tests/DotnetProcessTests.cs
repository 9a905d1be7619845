namespace Vigil.Cli.Tests;

/// <summary>The process tests against the built vigil.dll, run by dotnet.</summary>
public sealed class DotnetProcessTests : ProcessTests
{
    protected override (string Program, string[] Prefix) Command =>
        ("dotnet", [Path.Combine(AppContext.BaseDirectory, "vigil.dll")]);
}
