namespace Vigil.Cli.Tests;

/// <summary>The process tests against the native executable that `dotnet publish src/Vigil.Cli` makes and Vigil ships.</summary>
public sealed class NativeProcessTests(NativeVigil native) : ProcessTests, IClassFixture<NativeVigil>
{
    protected override (string Program, string[] Prefix) Command => (native.Executable, []);
}
