namespace Vigil.Browser.Tests;

/// <summary>A server started with --demo: the demo provinces, accounts and inventory, loaded through the real ingest.</summary>
public sealed class DemoServerFixture : VigilServerFixture
{
    protected override string[] ExtraArguments => ["--demo"];
}
