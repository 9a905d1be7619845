using System.Text;
using Vigil.Domain.Alerts.Syslog;

namespace Vigil.Domain.Tests.Alerts;

public class SyslogParserTests
{
    // Written by util-linux logger 2.41 (logger -n 127.0.0.1 --udp --rfc3164|--rfc5424 -t TAG "…") and captured with socat,
    // the examples of RFC 5424 §6.5, and the header layouts Cisco ASA and IOS document for their syslog.
    [Theory]
    [InlineData("<13>Nov 22 09:50:34 vm fw01: %ASA-4-106023: Deny tcp src inside:10.9.0.1/50100 dst outside:185.220.101.1/443",
        13, SyslogFormat.Rfc3164, "Nov 22 09:50:34", "vm", "fw01", "%ASA-4-106023: Deny tcp src inside:10.9.0.1/50100 dst outside:185.220.101.1/443")]
    [InlineData("<13>1 2026-11-22T09:50:34.354802+00:00 vm asa - - [timeQuality tzKnown=\"1\" isSynced=\"0\"] %ASA-4-106023: Deny tcp src inside:10.9.0.1/50100 dst outside:185.220.101.1/443",
        13, SyslogFormat.Rfc5424, "2026-11-22T09:50:34.354802+00:00", "vm", "asa", "%ASA-4-106023: Deny tcp src inside:10.9.0.1/50100 dst outside:185.220.101.1/443")]
    [InlineData("<34>1 2003-10-11T22:14:15.003Z mymachine.example.com su - ID47 - \uFEFF'su root' failed for lonvick on /dev/pts/8",
        34, SyslogFormat.Rfc5424, "2003-10-11T22:14:15.003Z", "mymachine.example.com", "su", "'su root' failed for lonvick on /dev/pts/8")]
    [InlineData("<165>1 2003-10-11T22:14:15.003Z mymachine.example.com evntslog - ID47 [exampleSDID@32473 iut=\"3\" eventSource=\"Application\" eventID=\"1011\"][examplePriority@32473 class=\"high\"]",
        165, SyslogFormat.Rfc5424, "2003-10-11T22:14:15.003Z", "mymachine.example.com", "evntslog", "")]
    [InlineData("<165>1 2003-08-24T05:14:15.000003-07:00 192.0.2.1 myproc 8710 - - %% It's time to make the do-nuts.",
        165, SyslogFormat.Rfc5424, "2003-08-24T05:14:15.000003-07:00", "192.0.2.1", "myproc", "%% It's time to make the do-nuts.")]
    [InlineData("<34>Oct 11 22:14:15 mymachine su: 'su root' failed for lonvick on /dev/pts/8",
        34, SyslogFormat.Rfc3164, "Oct 11 22:14:15", "mymachine", "su", "'su root' failed for lonvick on /dev/pts/8")]
    [InlineData("<166>Jun 02 2024 08:30:01: %ASA-6-302013: Built outbound TCP connection 88231 for outside:1.2.3.4/445 (1.2.3.4/445) to inside:10.1.2.50/50100 (10.1.3.1/50100)",
        166, SyslogFormat.Rfc3164, "Jun 02 2024 08:30:01", null, null, "%ASA-6-302013: Built outbound TCP connection 88231 for outside:1.2.3.4/445 (1.2.3.4/445) to inside:10.1.2.50/50100 (10.1.3.1/50100)")]
    [InlineData("<166>Jun  2 2024 08:30:01 fw01 : %ASA-4-106023: Deny udp src inside:10.1.2.51/53000 dst outside:11.2.3.45/53",
        166, SyslogFormat.Rfc3164, "Jun  2 2024 08:30:01", "fw01", null, "%ASA-4-106023: Deny udp src inside:10.1.2.51/53000 dst outside:11.2.3.45/53")]
    [InlineData("<189>123: *Mar  1 00:00:45.123: %SYS-5-CONFIG_I: Configured from console by vty0 (10.1.1.1)",
        189, SyslogFormat.Rfc3164, "Mar  1 00:00:45.123", null, null, "%SYS-5-CONFIG_I: Configured from console by vty0 (10.1.1.1)")]
    [InlineData("<187>45: Jun  2 08:30:01.456 UTC: %SEC-6-IPACCESSLOGP: list 101 denied tcp 10.9.0.1(50100) -> 185.220.101.1(443), 1 packet",
        187, SyslogFormat.Rfc3164, "Jun  2 08:30:01.456 UTC", null, null, "%SEC-6-IPACCESSLOGP: list 101 denied tcp 10.9.0.1(50100) -> 185.220.101.1(443), 1 packet")]
    [InlineData("<13>Nov 22 09:50:34 sshd[812]: Accepted publickey for root",
        13, SyslogFormat.Rfc3164, "Nov 22 09:50:34", null, "sshd[812]", "Accepted publickey for root")]
    [InlineData("<166>%ASA-6-302013: Built outbound TCP connection 1 for outside:1.2.3.4/445",
        166, SyslogFormat.Unknown, null, null, null, "%ASA-6-302013: Built outbound TCP connection 1 for outside:1.2.3.4/445")]
    [InlineData("just text\r\n", null, SyslogFormat.Unknown, null, null, null, "just text")]
    public void Real_messages_parse_into_time_host_app_and_message(string text, int? priority, SyslogFormat format, string? time, string? host, string? app, string message)
    {
        var parsed = SyslogParser.Parse(text);
        Assert.Equal((priority, format, time, host, app, message), (parsed.Priority, parsed.Format, parsed.Timestamp, parsed.Host, parsed.App, parsed.Message));
    }

    [Fact]
    public void A_line_for_the_day_file_keeps_the_message_and_has_no_line_breaks()
    {
        var parsed = SyslogParser.Parse("<13>Nov 22 09:50:34 vm fw01: line one\nline two");
        Assert.Equal("Nov 22 09:50:34 vm fw01: line one line two", parsed.ToLine(new DateTime(2026, 11, 22, 9, 50, 35, DateTimeKind.Utc)));
        Assert.Equal("2026-11-22T09:50:35Z - -: x", SyslogParser.Parse("x").ToLine(new DateTime(2026, 11, 22, 9, 50, 35, DateTimeKind.Utc)));
    }

    [Fact]
    public void Tcp_frames_are_split_by_octet_count_or_by_line()
    {
        // Two frames as logger --tcp --octet-count wrote them, then two LF-framed ones (CR dropped), then half a frame.
        var stream = Encoding.UTF8.GetBytes("11 <13>1 - x y11 <13>1 - z w<13>a\r\n<13>b\n<13>c");
        var frames = new List<string>();
        var at = 0;
        while (SyslogFraming.Next(stream.AsSpan(at), 1000, out var frame, out var consumed) == SyslogFraming.Outcome.Frame)
        {
            frames.Add(Encoding.UTF8.GetString(stream.AsSpan(at)[frame]));
            at += consumed;
        }

        Assert.Equal(["<13>1 - x y", "<13>1 - z w", "<13>a", "<13>b"], frames);
        Assert.Equal("<13>c", Encoding.UTF8.GetString(stream.AsSpan(at)));
        Assert.Equal(SyslogFraming.Outcome.Broken, SyslogFraming.Next("99999 <13>"u8, 1000, out _, out _));
        Assert.Equal(SyslogFraming.Outcome.Broken, SyslogFraming.Next("12x4 <13>"u8, 1000, out _, out _));
        Assert.Equal(SyslogFraming.Outcome.NeedMore, SyslogFraming.Next("20 <13>"u8, 1000, out _, out _));
    }

    [Fact]
    public void Mutated_messages_and_streams_never_throw()
    {
        var fuzz = new FuzzBytes("<>[]\"\\:%* -0123456789\n\r\0\uFEFFJunMar."u8.ToArray(), 300, 12, 20, 30);
        var samples = new[]
        {
            "<13>1 2026-11-22T09:50:34.354802+00:00 vm asa - - [timeQuality tzKnown=\"1\" isSynced=\"0\"] %ASA-4-106023: Deny",
            "<189>123: *Mar  1 00:00:45.123: %SYS-5-CONFIG_I: Configured from console by vty0 (10.1.1.1)",
            "<166>Jun  2 2024 08:30:01 fw01 : %ASA-4-106023: Deny udp src inside:10.1.2.51/53000 dst outside:11.2.3.45/53",
            "98 <13>1 2026-11-22T09:50:35.937054+00:00 vm asa - - [a b=\"]\\\"\"] hello one",
        }.Select(Encoding.UTF8.GetBytes).ToArray();
        var random = new Random(5424);
        for (var round = 0; round < 3000; round++)
        {
            var bytes = round % 3 == 0 ? fuzz.RandomBytes(random) : fuzz.Mutate(samples[round % samples.Length], random);
            var parsed = SyslogParser.Parse(Encoding.UTF8.GetString(bytes));
            Assert.DoesNotContain('\n', parsed.ToLine(DateTime.UnixEpoch));
            var at = 0;
            while (at < bytes.Length && SyslogFraming.Next(bytes.AsSpan(at), 200, out var frame, out var consumed) == SyslogFraming.Outcome.Frame)
            {
                Assert.InRange(frame.GetOffsetAndLength(bytes.Length - at).Length, 0, 200);
                Assert.True(consumed > 0);
                at += consumed;
            }
        }
    }
}
