using System.Text;
using Vigil.Domain.Hunting;
using Vigil.Domain.Indicators;

namespace Vigil.Domain.Tests.Hunting;

/// <summary>Builds matchers from indicator text and hunts strings or fixtures with them.</summary>
internal static class Hunt
{
    public static IndicatorMatcher Matcher(params string[] values) => IndicatorMatcher.Build(values.Select(v =>
    {
        var alertOnly = v.StartsWith('!');
        var parsed = IndicatorValues.Detect(alertOnly ? v[1..] : v);
        Assert.True(parsed.IsValid, $"{v}: {parsed.Reason}");
        return Indicator.Create(parsed.Value!) with { Action = alertOnly ? IndicatorAction.AlertOnly : IndicatorAction.Block };
    }));

    /// <summary>The indicators found in free text (the generic token scan), as "indicator=value seen".</summary>
    public static List<string> Text(IndicatorMatcher matcher, string text) =>
        [.. Lines(matcher, text, LogFormat.Text).Select(h => $"{h.Indicator}={h.Value}")];

    public static List<HuntHit> Lines(IndicatorMatcher matcher, string text, LogFormat? format = null)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var used = format ?? LogFormatDetector.Detect(bytes);
        var hits = new List<HuntHit>();
        new LogHunter(matcher).HuntBlock(bytes, 1, "test", used, LogFormatDetector.ReadHeader(used, bytes), hits);
        return hits;
    }

    public static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "fixtures", "hunting", name);

    public static IndicatorMatcher FixtureIndicators() =>
        Matcher([.. File.ReadAllLines(FixturePath("iocs.txt")).Where(l => l.Length > 0 && !l.StartsWith('#'))]);

    /// <summary>A fixture hunted as the CLI does, through the block reader; hits as "line field indicator=value".</summary>
    public static List<string> Fixture(string name, IndicatorMatcher? matcher = null, int blockSize = LogBlockReader.DefaultBlockSize)
    {
        matcher ??= FixtureIndicators();
        using var reader = new LogBlockReader(File.OpenRead(FixturePath(name)), blockSize);
        var hunter = new LogHunter(matcher);
        var hits = new List<HuntHit>();
        var head = File.ReadAllBytes(FixturePath(name));
        var format = LogFormatDetector.Detect(head);
        var header = LogFormatDetector.ReadHeader(format, head);
        while (reader.Next() is { } block)
        {
            using (block)
            {
                hunter.HuntBlock(block.Span, block.FirstLine, name, format, header, hits);
            }
        }

        return [.. hits.Select(h => $"{h.Line} {h.Field} {h.Indicator}={h.Value}")];
    }
}
