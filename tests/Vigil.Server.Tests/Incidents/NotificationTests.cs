using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Contracts.V1;
using Vigil.Domain.Access;
using Vigil.Domain.Notifications;
using Vigil.Server.Features.Jobs;
using Vigil.Server.Features.Notifications;
using Vigil.Storage;
using Vigil.TestKit;

namespace Vigil.Server.Tests.Incidents;

/// <summary>
/// Incident events reach an SMTP server and a signed webhook on 127.0.0.1 through the outbox, survive a failing
/// receiver by retrying, and land in people's in-app lists; deadline notices go out once.
/// </summary>
public sealed class NotificationTests : IAsyncLifetime
{
    private readonly SmtpSink _smtp = new();
    private TestServer _server = null!;
    private TwoBranchWorld _world = null!;

    public async Task InitializeAsync()
    {
        _server = await TestServer.StartAsync("--Vigil:Mail:Host=127.0.0.1", $"--Vigil:Mail:Port={_smtp.Port}", "--Vigil:Mail:From=vigil@stttt.example.vn");
        _world = await TwoBranchWorld.SeedAsync(_server);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    private async Task RunAsync<TJob>() where TJob : IRecurringJob
    {
        var job = _server.App.Services.GetServices<IRecurringJob>().OfType<TJob>().Single();
        await using var scope = _server.App.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AccessContext>().Scope = AccessScope.System;
        await job.RunAsync(scope.ServiceProvider, DateTime.UtcNow, default);
    }

    /// <summary>The text of a System.Net.Mail message: UTF-8 bodies travel base64-encoded.</summary>
    private static string MailBody(string data)
    {
        var split = data.IndexOf("\n\n", StringComparison.Ordinal);
        var body = data[(split + 2)..];
        return data.Contains("Content-Transfer-Encoding: base64", StringComparison.OrdinalIgnoreCase)
            ? Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(body.Split('\n', StringSplitOptions.TrimEntries))))
            : body;
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private IncidentCreateDto Incident(string title, DateTime? detectedAt = null) =>
        new(_world.A.Id, title, null, "High", detectedAt, null, null, null, null, null, null, null, null, null, null, null);

    [Fact]
    public async Task A_new_incident_is_mailed_and_posted_to_a_signed_webhook_which_is_retried_after_a_failure()
    {
        var port = FreePort();
        using var hook = new HttpListener();
        hook.Prefixes.Add($"http://127.0.0.1:{port}/hook/");
        hook.Start();
        var received = new List<(string Body, string? Signature, string? Event)>();
        var answers = new Queue<int>([500, 200]);
        var serving = Task.Run(async () =>
        {
            while (hook.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await hook.GetContextAsync();
                }
                catch (HttpListenerException)
                {
                    return;
                }
                catch (ObjectDisposedException)
                {
                    return;
                }

                using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
                var body = await reader.ReadToEndAsync();
                lock (received)
                {
                    received.Add((body, context.Request.Headers[WebhookSignature.Header], context.Request.Headers["X-Vigil-Event"]));
                    context.Response.StatusCode = answers.Count > 0 ? answers.Dequeue() : 200;
                }

                context.Response.Close();
            }
        });

        // The province subscribes by webhook with its own secret; commune A by e-mail.
        using var province = await _server.ApiClientAsync("coord.p");
        var webhook = await province.PostAsJsonAsync("/api/v1/notification-subscriptions", new NotificationSubscriptionCreateDto(
            _world.Province.Id, "Webhook", [NotificationEvents.IncidentCreated], $"http://127.0.0.1:{port}/hook/", "s3cret-of-the-province"));
        Assert.True(webhook.StatusCode == HttpStatusCode.OK, await webhook.Content.ReadAsStringAsync());
        var created = await TestServer.ReadAsync<NotificationSubscriptionCreatedDto>(webhook);
        Assert.Null(created.Secret);
        Assert.True(created.Subscription.HasSecret);
        Assert.DoesNotContain("s3cret", await province.GetStringAsync("/api/v1/notification-subscriptions"), StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", await _server.WithSystemDbAsync(db => db.NotificationSubscriptions.Where(s => s.UnitId == _world.Province.Id).Select(s => s.ProtectedSecret).SingleAsync()), StringComparison.Ordinal);

        using var officer = await _server.ApiClientAsync("officer.a");
        var mail = await officer.PostAsJsonAsync("/api/v1/notification-subscriptions", new NotificationSubscriptionCreateDto(
            _world.A.Id, "Email", [NotificationEvents.IncidentCreated, NotificationEvents.IncidentStatusChanged], "cntt@a.example, lanhdao@a.example", null));
        Assert.Equal(HttpStatusCode.OK, mail.StatusCode);
        var badUrl = await officer.PostAsJsonAsync("/api/v1/notification-subscriptions", new NotificationSubscriptionCreateDto(_world.A.Id, "Webhook", [NotificationEvents.IncidentCreated], "ftp://x", null));
        Assert.Equal(HttpStatusCode.BadRequest, badUrl.StatusCode);

        var incident = await TestServer.ReadAsync<IncidentDto>(await officer.PostAsJsonAsync("/api/v1/incidents", Incident("Máy A-PC7 gọi C&C")));
        // Written with the incident, in its transaction: two messages wait before any delivery.
        Assert.Equal(2, await _server.WithSystemDbAsync(db => db.OutboxMessages.CountAsync(m => m.DeliveredAt == null)));

        await RunAsync<NotificationDeliveryJob>();
        var mailed = Assert.Single(_smtp.Messages);
        Assert.Equal(["cntt@a.example", "lanhdao@a.example"], mailed.To);
        Assert.Contains(incident.Id.ToString(), MailBody(mailed.Data), StringComparison.Ordinal);
        var failed = await _server.WithSystemDbAsync(db => db.OutboxMessages.SingleAsync(m => m.DeliveredAt == null));
        Assert.Equal(1, failed.Attempts);
        Assert.Contains("500", failed.LastError, StringComparison.Ordinal);
        Assert.True(failed.NextAttemptAt > DateTime.UtcNow);

        // Make the retry due now and run again: the receiver accepts it.
        await _server.WithSystemDbAsync(db => db.OutboxMessages.Where(m => m.Id == failed.Id).ExecuteUpdateAsync(u => u.SetProperty(m => m.NextAttemptAt, DateTime.UtcNow.AddSeconds(-1))));
        await RunAsync<NotificationDeliveryJob>();
        Assert.Equal(0, await _server.WithSystemDbAsync(db => db.OutboxMessages.CountAsync(m => m.DeliveredAt == null)));
        await RunAsync<NotificationDeliveryJob>();
        Assert.Single(_smtp.Messages);

        hook.Stop();
        await serving;
        Assert.Equal(2, received.Count);
        var (body, signature, eventName) = received[1];
        Assert.Equal(NotificationEvents.IncidentCreated, eventName);
        Assert.True(WebhookSignature.Verify("s3cret-of-the-province", signature!, body, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5)), signature);
        Assert.False(WebhookSignature.Verify("another-secret", signature!, body, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5)));
        Assert.Contains(incident.Id.ToString(), body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task People_of_the_unit_and_above_get_in_app_notices_and_deadline_notices_go_out_once()
    {
        using var officer = await _server.ApiClientAsync("officer.a");
        var soon = await TestServer.ReadAsync<IncidentDto>(await officer.PostAsJsonAsync("/api/v1/incidents", Incident("Sắp đến hạn", DateTime.UtcNow.AddDays(-4))));
        var late = await TestServer.ReadAsync<IncidentDto>(await officer.PostAsJsonAsync("/api/v1/incidents", Incident("Quá hạn", DateTime.UtcNow.AddDays(-6))));
        await RunAsync<IncidentDeadlineJob>();
        await RunAsync<IncidentDeadlineJob>();

        var mine = await officer.GetFromJsonAsync<InAppNotificationListDto>("/api/v1/notifications");
        Assert.Equal(4, mine!.Unread);
        Assert.Single(mine.Items, n => n.Event == NotificationEvents.DeadlineApproaching && n.Link == $"/incidents/{soon.Id}");
        Assert.Single(mine.Items, n => n.Event == NotificationEvents.DeadlineOverdue && n.Link == $"/incidents/{late.Id}");

        using var province = await _server.ApiClientAsync("coord.p");
        Assert.Equal(4, (await province.GetFromJsonAsync<InAppNotificationListDto>("/api/v1/notifications"))!.Unread);
        using var officerB = await _server.ApiClientAsync(TwoBranchWorld.Marker.ToLowerInvariant() + ".officer");
        // Only the notice the world gave them: nothing of A's incidents.
        Assert.Equal(1, (await officerB.GetFromJsonAsync<InAppNotificationListDto>("/api/v1/notifications"))!.Unread);

        var first = mine.Items[0].Id;
        Assert.Equal(HttpStatusCode.NotFound, (await province.PostAsync($"/api/v1/notifications/{first}/read", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsync($"/api/v1/notifications/{first}/read", null)).StatusCode);
        Assert.Equal(3, (await officer.GetFromJsonAsync<InAppNotificationListDto>("/api/v1/notifications"))!.Unread);
    }

    [Fact]
    public async Task An_isolation_result_lands_on_the_timeline_and_notifies()
    {
        using var officer = await _server.ApiClientAsync("officer.a");
        var incident = await TestServer.ReadAsync<IncidentDto>(await officer.PostAsJsonAsync("/api/v1/incidents", Incident("Cô lập A-PC7")));
        await using (var scope = _server.App.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<AccessContext>().Scope = AccessScope.System;
            var service = scope.ServiceProvider.GetRequiredService<Features.Incidents.IncidentService>();
            var recorded = await service.RecordIsolationResultAsync(incident.Id, "nftables policy applied, server reachable", true, Guid.CreateVersion7(), default);
            Assert.True(recorded.IsSuccess);
        }

        var detail = await officer.GetFromJsonAsync<IncidentDto>($"/api/v1/incidents/{incident.Id}");
        Assert.Contains(detail!.Timeline, t => t.Kind == "Action" && t.Text == "nftables policy applied, server reachable");
        Assert.Contains((await officer.GetFromJsonAsync<InAppNotificationListDto>("/api/v1/notifications"))!.Items, n => n.Event == NotificationEvents.IsolationResult);
    }
}
