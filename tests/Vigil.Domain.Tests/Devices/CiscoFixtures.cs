using Vigil.Domain.Devices;
using YamlDotNet.Serialization;

namespace Vigil.Domain.Tests.Devices;

/// <summary>The Cisco samples under tests/fixtures/cisco: recorded (ntc) and hand-written, with their expected values.</summary>
internal static class CiscoFixtures
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "fixtures", "cisco");

    public static string Read(string relative) => File.ReadAllText(Path.Combine(Directory, relative));

    public static IEnumerable<string> Files(string folder, string pattern) =>
        System.IO.Directory.GetFiles(Path.Combine(Directory, folder), pattern).Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    /// <summary>Every sample the parser must read, for tests that mangle them.</summary>
    public static IReadOnlyList<string> AllSamples() =>
        Files("ntc", "*.raw").Select(f => Read(Path.Combine("ntc", f)))
            .Concat(Files("handwritten", "*.txt").Select(f => Read(Path.Combine("handwritten", f))))
            .ToList();

    public static DeviceFacts Parse(string text)
    {
        var parsed = CiscoCliParser.Parse(text);
        Assert.True(parsed.IsSuccess, $"line {parsed.Error?.Location}: {parsed.Error?.Message}");
        return parsed.Value!;
    }

    public static Dictionary<string, object?> Yaml(string relative) =>
        new DeserializerBuilder().Build().Deserialize<Dictionary<string, object?>>(Read(relative));

    /// <summary>ntc-templates' expected values: the first (only) record of parsed_sample.</summary>
    public static List<Dictionary<object, object>> NtcRecords(string relative) =>
        ((List<object>)Yaml(relative)["parsed_sample"]!).Cast<Dictionary<object, object>>().ToList();
}
