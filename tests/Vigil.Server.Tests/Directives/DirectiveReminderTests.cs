using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Server.Features.Directives;
using Vigil.Server.Features.Jobs;
using Vigil.Server.Tests.Compliance;
using Vigil.Storage;

namespace Vigil.Server.Tests.Directives;

/// <summary>
/// Reminders before the deadline: in-app for every unit that has not submitted, and e-mail through a real SMTP server
/// (Python's smtpd DebuggingServer on 127.0.0.1, which prints what it receives).
/// </summary>
public sealed partial class DirectiveReminderTests
{
    [Fact]
    public async Task UnitsNotSubmitted_AreRemindedOnce_InAppAndByEmail()
    {
        var port = FreePort();
        using var smtp = Process.Start(new ProcessStartInfo("python3", $"-u -m smtpd -n -c DebuggingServer 127.0.0.1:{port}")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        })!;
        var received = new StringBuilder();
        smtp.OutputDataReceived += (_, e) => { lock (received) { received.AppendLine(e.Data); } };
        smtp.BeginOutputReadLine();
        smtp.BeginErrorReadLine();
        try
        {
            await WaitForPortAsync(port);
            await using var host = await ComplianceHost.StartAsync(StorageProvider.Sqlite, "--Vigil:Mail:Host=127.0.0.1", $"--Vigil:Mail:Port={port}", "--Vigil:Mail:From=vigil@stttt.example.vn");
            var w = host.World;
            await host.Server.WithSystemDbAsync(async db =>
            {
                (await db.Units.SingleAsync(u => u.Id == w.A.Id)).ContactEmail = "it.a@example.vn";
                (await db.Users.SingleAsync(u => u.UserName == "officer.a")).Email = "officer.a@example.vn";
                return await db.SaveChangesAsync();
            });
            // Deadline at 14:00 local in two days; reminders 24 hours before.
            var directive = await DirectiveHost.CreateAsync(host, w.Province.Id, "wannacry-c2", host.Local(2), reminderHours: 24);

            await RunJobAsync(host);
            Assert.Equal(0, await host.Server.WithSystemDbAsync(db => db.ReportReminders.CountAsync(r => r.DirectiveId == directive.Id)));

            host.Clock.Advance(directive.DeadlineUtc.AddHours(-23) - host.Clock.GetUtcNow().UtcDateTime);
            await RunJobAsync(host);
            await RunJobAsync(host);

            var reminders = await host.Server.WithSystemDbAsync(db => db.ReportReminders.AsNoTracking().Where(r => r.DirectiveId == directive.Id).ToListAsync());
            Assert.Equal(3, reminders.Count(r => r.Channel == "in-app"));
            var mail = Assert.Single(reminders, r => r.Channel == "email");
            Assert.Equal((w.A.Id, "officer.a@example.vn, it.a@example.vn", (string?)null), (mail.UnitId, mail.Recipient, mail.Failure));

            var text = await WaitForAsync(received, "it.a@example.vn");
            Assert.Contains("To: officer.a@example.vn, it.a@example.vn", text, StringComparison.Ordinal);
            Assert.Contains("From: vigil@stttt.example.vn", text, StringComparison.Ordinal);
            Assert.Equal("Nhắc hạn báo cáo: 123/UBND-VHTT - hạn 14:00 " + directive.DeadlineDate.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture), Subject(text));

            using var officer = await host.ApiAsync("officer.a");
            var mine = await officer.GetStringAsync("/api/v1/directive-reminders");
            Assert.Contains(directive.Id.ToString(), mine, StringComparison.Ordinal);
        }
        finally
        {
            smtp.Kill();
            await smtp.WaitForExitAsync();
        }
    }

    private static async Task RunJobAsync(ComplianceHost host)
    {
        var job = host.Server.App.Services.GetServices<IRecurringJob>().OfType<DirectiveReminderJob>().Single();
        await using var scope = host.Server.App.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AccessContext>().Scope = Domain.Access.AccessScope.System;
        await job.RunAsync(scope.ServiceProvider, host.Clock.GetUtcNow().UtcDateTime, default);
    }

    /// <summary>The Subject header, its RFC 2047 encoded words decoded.</summary>
    private static string Subject(string message)
    {
        // DebuggingServer prints each line of the message as a Python bytes literal: b'Subject: ...'.
        var lines = message.Split('\n').Select(l => l.TrimEnd('\r')).Select(l => l.StartsWith("b'", StringComparison.Ordinal) && l.EndsWith('\'') ? l[2..^1] : l);
        var header = SubjectHeader().Match(string.Join('\n', lines));
        Assert.True(header.Success, message);
        var raw = header.Groups[1].Value;
        var words = EncodedWord().Matches(raw);
        return words.Count == 0 ? raw.Trim() : string.Concat(words.Select(m => Encoding.UTF8.GetString(Convert.FromBase64String(m.Groups[1].Value))));
    }

    private static async Task<string> WaitForAsync(StringBuilder output, string needle)
    {
        for (var i = 0; i < 200; i++)
        {
            lock (output)
            {
                var text = output.ToString();
                if (text.Contains(needle, StringComparison.Ordinal) && text.Contains("END MESSAGE", StringComparison.Ordinal))
                {
                    return text;
                }
            }

            await Task.Delay(100);
        }

        lock (output)
        {
            Assert.Fail("The SMTP server received no reminder:\n" + output);
            return "";
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task WaitForPortAsync(int port)
    {
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        Assert.Fail($"smtpd did not listen on {port}");
    }

    [GeneratedRegex(@"^Subject:((?:.*)(?:\r?\n[ \t].*)*)", RegexOptions.Multiline)]
    private static partial Regex SubjectHeader();

    [GeneratedRegex(@"=\?utf-8\?B\?([^?]*)\?=", RegexOptions.IgnoreCase)]
    private static partial Regex EncodedWord();
}
