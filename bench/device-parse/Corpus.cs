using System.Globalization;
using System.Text;

namespace Vigil.Bench.DeviceParse;

/// <summary>
/// The corpus: the test samples (recorded and hand-written) repeated with a different hostname and serial per copy, so
/// nothing can be cached by content. Each entry carries the TextFSM template the peer needs (it cannot detect the
/// software itself, so it is told) — the peer's clock does not include any detection.
/// </summary>
internal sealed record CorpusEntry(string Text, string Template, bool HasInventory);

internal static class Corpus
{
    public static List<CorpusEntry> Build(string fixtures, int count)
    {
        var samples = Directory.GetFiles(Path.Combine(fixtures, "ntc"), "*.raw")
            .Concat(Directory.GetFiles(Path.Combine(fixtures, "handwritten"), "*.txt"))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .Select(text => (Text: text, Template: Template(text)))
            .Where(s => s.Template is not null)
            .ToList();

        var corpus = new List<CorpusEntry>(count);
        for (var i = 0; i < count; i++)
        {
            var (text, template) = samples[i % samples.Count];
            var copy = new StringBuilder(text)
                .Replace("FOC", "F" + (i % 97).ToString("D2", CultureInfo.InvariantCulture))
                .Replace(" uptime is ", $"{i % 1000} uptime is ")
                .ToString();
            corpus.Add(new CorpusEntry(copy, template!, copy.Contains("NAME:", StringComparison.OrdinalIgnoreCase)));
        }

        return corpus;
    }

    /// <summary>Writes the corpus for the peers: one file each, the template name on the first line, then a NUL, then the text.</summary>
    public static void Write(IReadOnlyList<CorpusEntry> corpus, string path)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        foreach (var entry in corpus)
        {
            writer.Write(entry.Template);
            writer.Write('\n');
            writer.Write(entry.Text);
            writer.Write('\0');
        }
    }

    private static string? Template(string text) =>
        text.Contains("Cisco Adaptive Security Appliance", StringComparison.Ordinal) ? "cisco_asa_show_version"
        : text.Contains("Kernel uptime is", StringComparison.Ordinal) ? "cisco_nxos_show_version"
        : text.Contains("Product Version....", StringComparison.Ordinal) ? "cisco_wlc_show_sysinfo"
        : text.Contains("Active-image:", StringComparison.Ordinal) || text.Contains("SW version ", StringComparison.Ordinal) ? "cisco_sb_show_version_system"
        : text.Contains("Cisco IOS", StringComparison.Ordinal) ? "cisco_ios_show_version"
        : text.Contains("NAME:", StringComparison.OrdinalIgnoreCase) ? "none"
        : null;
}
