namespace Vigil.Domain.Tests.Indicators;

/// <summary>The copied public samples under tests/fixtures/indicators (see tests/fixtures/NOTICE.md).</summary>
internal static class IndicatorFixtures
{
    public static byte[] Read(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "fixtures", "indicators", name));
}
