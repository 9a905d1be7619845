using Vigil.Domain.Hunting;

namespace Vigil.Domain.Tests.Hunting;

/// <summary>Each reader on its sample (tests/fixtures/hunting, NOTICE.md names the sources) with the expected hits.</summary>
public class ReaderTests
{
    [Theory]
    [InlineData("eve.json", LogFormat.SuricataEve)]
    [InlineData("zeek_dns.log", LogFormat.ZeekTsv)]
    [InlineData("zeek_http.log", LogFormat.ZeekTsv)]
    [InlineData("zeek_ssl.log", LogFormat.ZeekTsv)]
    [InlineData("zeek_conn_realts.log", LogFormat.ZeekTsv)]
    [InlineData("pfirewall_azure_stack_edge_sample.log", LogFormat.WindowsFirewall)]
    [InlineData("pfirewall_with_pid_sample.log", LogFormat.WindowsFirewall)]
    [InlineData("windows_dns_debug_format_and_examples.txt", LogFormat.WindowsDns)]
    [InlineData("squid_access.log", LogFormat.Squid)]
    [InlineData("cisco_asa.log", LogFormat.CiscoAsa)]
    [InlineData("cisco_ios.log", LogFormat.CiscoIos)]
    [InlineData("iocs.txt", LogFormat.Text)]
    public void Formats_are_detected_from_the_first_lines(string file, LogFormat expected) =>
        Assert.Equal(expected, LogFormatDetector.Detect(File.ReadAllBytes(Hunt.FixturePath(file))));

    [Fact]
    public void Suricata_eve_is_matched_in_the_right_fields_of_each_event_type() => Assert.Equal(
    [
        "1 dns.rrname iuqerfsodp9ifjaposdfjhgosurijfaewrwergwea.com=www.iuqerfsodp9ifjaposdfjhgosurijfaewrwergwea.com",
        "2 dns.rrname iuqerfsodp9ifjaposdfjhgosurijfaewrwergwea.com=www.iuqerfsodp9ifjaposdfjhgosurijfaewrwergwea.com",
        "2 dns.answers[].rrname iuqerfsodp9ifjaposdfjhgosurijfaewrwergwea.com=www.iuqerfsodp9ifjaposdfjhgosurijfaewrwergwea.com",
        "3 dns.query[].rrname example.com=notevil.example.com",
        "3 dns.query[].rrname evil.example.org=c2.EVIL.example.org",
        "4 dest_ip 203.0.113.0/24=203.0.113.45",
        "4 http.hostname bad-site.example=Downloads.Bad-Site.example",
        "4 http.url http://downloads.bad-site.example/payload/~user/get.php?id=1=http://Downloads.Bad-Site.example/payload/%7Euser/get.php?id=1",
        "5 tls.sni evil.example.org=login.evil.example.org",
        "6 src_ip 203.0.113.0/24=203.0.113.45",
        "6 http.hostname bad-site.example=downloads.bad-site.example",
        "6 fileinfo.md5 84c82835a5d21bbcf75a61706d8ab549=84C82835A5D21BBCF75A61706D8AB549",
        "8 dest_ip 1.2.3.4=1.2.3.4",
        "9 dest_ip 2001:db8:bb::1=2001:0db8:00bb:0000:0000:0000:0000:0001",
    ], Hunt.Fixture("eve.json"));

    [Fact]
    public void Eve_hits_carry_time_and_addresses()
    {
        var hits = Hunt.Lines(Hunt.FixtureIndicators(), File.ReadAllText(Hunt.FixturePath("eve.json")));
        var hit = hits.First(h => h.Field == "tls.sni");
        Assert.Equal(("2025-06-02T08:18:00.000001+0700", "10.1.2.33", "198.51.100.7", LogFormat.SuricataEve), (hit.Timestamp, hit.Src, hit.Dst, hit.Format));
    }

    [Fact]
    public void Zeek_dns_tsv_matches_query_answers_and_addresses()
    {
        var hits = Hunt.Fixture("zeek_dns.log");
        Assert.Contains("11 id.resp_h ff02::fb=ff02::fb", hits);
        Assert.Contains("13 id.resp_h 141.142.2.2=141.142.2.2", hits);
        Assert.Contains("13 query wikimedia.org=upload.wikimedia.org", hits);
        Assert.Contains("15 answers wikimedia.org=upload.pmtpa.wikimedia.org", hits);
        Assert.DoesNotContain(hits, h => h.Contains("upload.wikimedia.org.ncsa.uiuc.edu", StringComparison.Ordinal));
    }

    [Fact]
    public void Zeek_http_tsv_joins_host_and_uri_for_url_indicators()
    {
        var matcher = Hunt.Matcher("http://upload.wikimedia.org/wikipedia/commons/6/63/Wikipedia-logo.png");
        Assert.Equal(["11 uri http://upload.wikimedia.org/wikipedia/commons/6/63/Wikipedia-logo.png=http://upload.wikimedia.org/wikipedia/commons/6/63/Wikipedia-logo.png"],
            Hunt.Fixture("zeek_http.log", matcher));
    }

    [Fact]
    public void Zeek_ssl_certificate_fingerprints_are_hash_fields() => Assert.Equal(
        [.. new[] { 10, 11, 12, 13 }.Select(l => $"{l} cert_chain_fps 7c4cb8ef8d84a20171b3ee521b2be4d973b5fcf9cfbd1786e5581c7fed14da47=7c4cb8ef8d84a20171b3ee521b2be4d973b5fcf9cfbd1786e5581c7fed14da47")],
        Hunt.Fixture("zeek_ssl.log"));

    [Fact]
    public void Zeek_real_timestamps_become_iso_utc()
    {
        var text = File.ReadAllText(Hunt.FixturePath("zeek_conn_realts.log"));
        var hit = Hunt.Lines(Hunt.Matcher("199.233.217.249"), text)[0];
        Assert.Equal(("2012-02-21T16:52:55.736107Z", "id.resp_h", 9L), (hit.Timestamp, hit.Field, hit.Line));
    }

    [Fact]
    public void Windows_firewall_matches_source_and_destination_columns()
    {
        var hits = Hunt.Fixture("pfirewall_with_pid_sample.log");
        Assert.Equal(5, hits.Count);
        Assert.Equal("6 dst-ip 192.229.221.95=192.229.221.95", hits[0]);
        var hit = Hunt.Lines(Hunt.FixtureIndicators(), File.ReadAllText(Hunt.FixturePath("pfirewall_with_pid_sample.log")))[0];
        Assert.Equal(("2023-11-26 22:27:57", "192.168.10.106", "192.229.221.95"), (hit.Timestamp, hit.Src, hit.Dst));
        Assert.Equal(11, Hunt.Fixture("pfirewall_azure_stack_edge_sample.log").Count(h => h.Contains("dst-ip ff02::fb=ff02::fb", StringComparison.Ordinal)));
    }

    [Fact]
    public void Windows_dns_debug_log_question_names_are_read_from_wire_form()
    {
        Assert.Equal(["28 question_name example.com=example.com"], Hunt.Fixture("windows_dns_debug_format_and_examples.txt"));
        Assert.Equal(["31 remote_ip 8.8.8.8=8.8.8.8", "31 question_name krxd.net=cdn-controltag.krxd.net"],
            Hunt.Fixture("windows_dns_debug_format_and_examples.txt", Hunt.Matcher("krxd.net", "8.8.8.8")));
    }

    [Fact]
    public void Squid_matches_client_url_and_peer() => Assert.Equal(
    [
        "1 url http://downloads.bad-site.example/payload/~user/get.php?id=1=http://downloads.bad-site.example/payload/~user/get.php?id=1",
        "1 url bad-site.example=downloads.bad-site.example",
        "1 peer 203.0.113.0/24=203.0.113.45",
        "2 url evil.example.org=login.evil.example.org",
        "3 url example.com=www.example.com",
    ], Hunt.Fixture("squid_access.log"));

    [Fact]
    public void Cisco_syslog_is_token_scanned_with_its_header_time()
    {
        var asa = Hunt.Fixture("cisco_asa.log");
        Assert.Single(asa, h => h.StartsWith("1 message 1.2.3.4=1.2.3.4", StringComparison.Ordinal));
        Assert.DoesNotContain(asa, h => h.StartsWith("2 ", StringComparison.Ordinal));
        Assert.Contains("3 message 203.0.113.0/24=203.0.113.45", asa);
        Assert.Contains("3 message http://downloads.bad-site.example/payload/~user/get.php?id=1=http://downloads.bad-site.example/payload/~user/get.php?id=1", asa);
        Assert.Equal(["1 message 1.2.3.4=1.2.3.4"], Hunt.Fixture("cisco_ios.log"));
        var hit = Hunt.Lines(Hunt.FixtureIndicators(), File.ReadAllText(Hunt.FixturePath("cisco_ios.log")))[0];
        Assert.Equal(("Jun  2 08:31:00.123", "10.1.2.60", "1.2.3.4"), (hit.Timestamp, hit.Src, hit.Dst));
    }

    [Theory]
    [InlineData("%ASA-4-106023: Deny udp src inside:10.1.2.51/53000 dst outside:11.2.3.45/53 by access-group \"in\"", "10.1.2.51", "11.2.3.45")]
    [InlineData("%ASA-6-302013: Built outbound TCP connection 88231 for outside:1.2.3.4/445 (1.2.3.4/445) to inside:10.1.2.50/50100 (10.1.3.1/50100)", "10.1.2.50", "1.2.3.4")]
    [InlineData("%ASA-6-302013: Built inbound TCP connection 9 for outside:1.2.3.4/5555 (1.2.3.4/5555) to dmz:10.0.0.5/443 (198.51.100.5/443)", "1.2.3.4", "10.0.0.5")]
    [InlineData("%ASA-2-106001: Inbound TCP connection denied from 1.2.3.4/4711 to 10.0.0.7/22 flags SYN on interface outside", "1.2.3.4", "10.0.0.7")]
    [InlineData("%ASA-5-304001: 10.1.2.52 Accessed URL 203.0.113.45:http://bad.example/x", "10.1.2.52", "203.0.113.45")]
    [InlineData("%ASA-4-106023: Deny tcp src outside:2001:db8::7/443 dst inside:2001:db8:1::9/5000 by access-group \"out\"", "2001:db8::7", "2001:db8:1::9")]
    [InlineData("%SEC-6-IPACCESSLOGP: list 101 denied tcp 10.1.2.60(50200) -> 1.2.3.4(445), 1 packet", "10.1.2.60", "1.2.3.4")]
    [InlineData("%SYS-5-CONFIG_I: Configured from console by admin on vty0 (10.1.2.61)", null, null)]
    [InlineData("%ASA-6-725001: Starting SSL handshake with client outside:1.2.3.4/443 for TLSv1.2 session", null, null)]
    public void Cisco_connection_messages_give_source_and_destination(string message, string? src, string? dst)
    {
        var hit = Assert.Single(Hunt.Lines(Hunt.Matcher("1.2.3.4", "11.2.3.45", "203.0.113.45", "2001:db8::7", "10.1.2.61"), "Jun  2 08:30:01 fw01 : " + message, LogFormat.CiscoAsa));
        Assert.Equal((src, dst), (hit.Src, hit.Dst));
    }

    [Fact]
    public void Small_blocks_give_the_same_hits_and_line_numbers_as_one_block()
    {
        foreach (var file in new[] { "eve.json", "zeek_dns.log", "squid_access.log", "cisco_asa.log" })
        {
            Assert.Equal(Hunt.Fixture(file), Hunt.Fixture(file, blockSize: 64));
        }
    }
}
