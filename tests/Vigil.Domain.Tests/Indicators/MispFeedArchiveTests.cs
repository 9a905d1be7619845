using System.IO.Compression;
using System.Text;
using Vigil.Domain.Indicators;
using Vigil.Domain.Indicators.Import;

namespace Vigil.Domain.Tests.Indicators;

/// <summary>A MISP feed zipped into one upload (what the import wizard and `vigil ioc import` can send).</summary>
public class MispFeedArchiveTests
{
    private const string Present = "5a0c2cc0-0ec0-4f4f-9b8b-4b0a0a0a0a01";
    private const string Missing = "5a0c2cc0-0ec0-4f4f-9b8b-4b0a0a0a0a02";

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(content);
            }
        }

        return output.ToArray();
    }

    private static byte[] Manifest(params string[] uuids) =>
        Encoding.UTF8.GetBytes("{" + string.Join(',', uuids.Select(u => $"\"{u}\":{{\"info\":\"WannaCry\",\"Tag\":[{{\"name\":\"tlp:green\"}}]}}")) + "}");

    [Theory]
    [InlineData("")]
    [InlineData("feed/")]
    public void A_zipped_feed_is_detected_and_read_like_its_directory(string folder)
    {
        var archive = Zip(
            (folder + "manifest.json", Manifest(Present)),
            (folder + Present + ".json", IndicatorFixtures.Read("misp_event_xorist_57c4445b.json")));

        Assert.Equal(IndicatorFormat.MispFeed, IndicatorImport.Detect("feed.zip", archive));
        var report = IndicatorImport.Parse(IndicatorFormat.MispFeed, archive, "feed.zip");

        Assert.Equal(4, report.Indicators.Count);
        Assert.All(report.Indicators, i => Assert.Equal(Tlp.Green, i.Tlp));
        Assert.Empty(report.Rejected);
    }

    [Fact]
    public void A_missing_event_file_is_rejected_at_its_manifest_entry()
    {
        var archive = Zip(("manifest.json", Manifest(Present, Missing)), (Present + ".json", IndicatorFixtures.Read("misp_event_xorist_57c4445b.json")));

        var report = IndicatorImport.Parse(IndicatorFormat.MispFeed, archive, "feed.zip");

        Assert.Equal(4, report.Indicators.Count);
        Assert.Contains("missing", Assert.Single(report.Rejected).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_past_the_size_limit_is_rejected_with_the_reason_not_as_missing()
    {
        var archive = Zip(("manifest.json", Manifest(Present)), (Present + ".json", IndicatorFixtures.Read("misp_event_xorist_57c4445b.json")));

        // The archive itself is within the limit; the event it inflates to is not.
        var report = IndicatorImport.Parse(IndicatorFormat.MispFeed, archive, "feed.zip", new IndicatorImportOptions { MaxBytes = archive.Length });

        Assert.Empty(report.Indicators);
        Assert.Contains("size limit", Assert.Single(report.Rejected).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_without_a_manifest_stays_an_office_document_and_two_manifests_are_refused()
    {
        var noManifest = Zip(("readme.txt", "x"u8.ToArray()));
        Assert.Equal(IndicatorFormat.Xlsx, IndicatorImport.Detect("a.zip", noManifest));

        var two = Zip(("a/manifest.json", Manifest(Present)), ("b/manifest.json", Manifest(Present)));
        Assert.Equal(IndicatorFormat.Xlsx, IndicatorImport.Detect("two.zip", two));
        Assert.Contains("several manifest.json", Assert.Single(IndicatorImport.Parse(IndicatorFormat.MispFeed, two, "two.zip").Rejected).Reason, StringComparison.Ordinal);
    }
}
