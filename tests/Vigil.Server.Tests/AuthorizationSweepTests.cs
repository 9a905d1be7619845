using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Domain.Access;

namespace Vigil.Server.Tests;

/// <summary>
/// Walks the application's whole route table as callers bound to unit A and proves that nothing of unit B can be
/// read or changed through any route. New routes are covered automatically; a route with a parameter the sweep
/// does not know fails the test until it is taught here.
/// </summary>
public sealed class AuthorizationSweepTests() : TwoBranchServerTests()
{
    [Theory]
    [InlineData("officer.a")]
    [InlineData("coord.a")]
    [InlineData("viewer.a")]
    public async Task EveryRoute_CallerOfUnitA_NeverReadsOrChangesUnitB(string userName)
    {
        var before = await SnapshotOfBAsync();
        var api = await Server.ApiClientAsync(userName);
        // Agent routes are called as unit A's agent: the one kind of caller they admit.
        var agent = Server.Anonymous();
        agent.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", World.AgentACredential);
        var browser = await Server.SignedInClientAsync(userName, TwoBranchWorld.Password);
        var failures = new List<string>();
        var requests = 0;

        foreach (var route in RouteTable())
        {
            var (path, touchesB) = Fill(route.Pattern, failures);
            if (path is null)
            {
                continue;
            }

            var isApi = path.StartsWith("/api/", StringComparison.Ordinal) || path.StartsWith("/agent/", StringComparison.Ordinal);
            var client = path.StartsWith("/agent/", StringComparison.Ordinal) ? agent : api;
            foreach (var (method, handler) in route.Calls)
            {
                if (path == "/logout")
                {
                    continue; // Ends the session the sweep runs in; it touches no unit data.
                }

                requests++;
                var response = isApi
                    ? await SendApiAsync(client, method, path)
                    : await SendPageAsync(browser, method, path, handler);
                var body = await response.Content.ReadAsStringAsync();
                var status = (int)response.StatusCode;
                var what = $"{method} {path}{(handler is null ? "" : "?handler=" + handler)} → {status}";
                if (body.Contains(TwoBranchWorld.Marker, StringComparison.OrdinalIgnoreCase))
                {
                    failures.Add($"{what}: response shows data of unit B");
                }

                if (touchesB && status is not (403 or 404) && !(status is 302 && IsRedirectToDenied(response)))
                {
                    failures.Add($"{what}: expected 403 or 404 for a route about unit B");
                }

                if (status >= 500)
                {
                    failures.Add($"{what}: server error");
                }
            }
        }

        Assert.True(requests > 30, $"The sweep only made {requests} requests; is the route table read correctly?");
        Assert.Equal(before, await SnapshotOfBAsync());
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private static bool IsRedirectToDenied(HttpResponseMessage r) =>
        r.Headers.Location?.OriginalString.StartsWith("/denied", StringComparison.Ordinal) == true
        || r.Headers.Location?.AbsolutePath.StartsWith("/denied", StringComparison.Ordinal) == true;

    private sealed record RouteCall(string Pattern, List<(string Method, string? Handler)> Calls);

    /// <summary>Every endpoint with the methods it answers; pages with each of their POST handlers.</summary>
    private List<RouteCall> RouteTable()
    {
        var sources = Server.App.Services.GetServices<EndpointDataSource>();
        var routes = new Dictionary<string, RouteCall>();
        foreach (var endpoint in sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>())
        {
            var pattern = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
            if (!routes.TryGetValue(pattern, out var call))
            {
                routes[pattern] = call = new RouteCall(pattern, []);
            }

            var page = endpoint.Metadata.GetMetadata<CompiledPageActionDescriptor>();
            if (page is not null || endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            {
                call.Calls.Add(("GET", null));
                var handlers = page?.HandlerMethods.Where(h => h.HttpMethod == "Post").Select(h => h.Name).ToList() ?? [];
                call.Calls.AddRange(handlers.Count == 0 ? [("POST", null)] : handlers.Select(h => ("POST", (string?)h)));
                continue;
            }

            foreach (var method in endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
            {
                call.Calls.Add((method, null));
            }
        }

        return [.. routes.Values];
    }

    /// <summary>Puts the ids of unit B's objects into route parameters.</summary>
    private (string? Path, bool TouchesB) Fill(string pattern, List<string> failures)
    {
        var values = new Dictionary<string, string>
        {
            ["unitId"] = World.B.Id.ToString(),
            ["userId"] = World.OfficerB.Id.ToString(),
            ["tokenId"] = World.TokenOfB.ToString(),
            ["computerId"] = World.ComputerOfB.ToString(),
            ["conflictId"] = World.ConflictOfB.ToString(),
            // No unit owns a queued report: only administrators and coordinators of a top-level unit may touch it.
            ["reportId"] = World.UnassignedReport.ToString(),
            ["enrolmentTokenId"] = World.EnrolmentTokenOfB.ToString(),
            ["agentId"] = World.AgentB.Id.ToString(),
            ["commandId"] = World.CommandOfB.ToString(),
            ["itemId"] = World.RemediationItemOfB.ToString(),
            ["deviceId"] = World.DeviceOfB.ToString(),
            ["documentName"] = "v1",
            ["profileId"] = World.SnmpProfileOfB.ToString(),
            ["targetId"] = World.SnmpTargetOfB.ToString(),
            ["directiveId"] = World.DirectiveOfB.ToString(),
            ["attachmentId"] = World.AttachmentOfB.ToString(),
            ["figureKey"] = "cisco-devices",
            ["indicatorId"] = World.IndicatorOfB.ToString(),
            ["batchId"] = World.BatchOfB.ToString(),
            ["packId"] = World.PackOfB.ToString(),
            ["feedTokenId"] = World.FeedTokenOfB.ToString(),
            // Feeds are anonymous: a token that is not one (B's secret is never known) and a real format.
            ["token"] = "vgf_" + TwoBranchWorld.Marker,
            ["format"] = "ip-list",
            ["logId"] = World.LogOfB.ToString(),
            ["alertId"] = World.AlertOfB.ToString(),
            ["kit"] = "ip-list",
            ["incidentId"] = World.IncidentOfB.ToString(),
            ["fileId"] = World.IncidentFileOfB.ToString(),
            ["form"] = "initial",
            ["subscriptionId"] = World.SubscriptionOfB.ToString(),
            ["notificationId"] = World.NoticeOfB.ToString(),
            // Bulletins and CVEs are the installation's catalog, not unit B's: an unknown one (404) and a real id whose
            // answer must still not show B's assets.
            ["bulletinId"] = Guid.Empty.ToString(),
            ["cveId"] = "CVE-2017-0143",
        };
        var path = pattern;
        var touchesB = false;
        while (path.IndexOf('{', StringComparison.Ordinal) is var start and >= 0)
        {
            var end = path.IndexOf('}', start);
            var name = path[(start + 1)..end].Split(':', '=', '?')[0].TrimStart('*');
            if (!values.TryGetValue(name, out var value))
            {
                failures.Add($"{pattern}: the sweep does not know route parameter '{name}'; teach it which object of unit B to use");
                return (null, false);
            }

            touchesB |= name is not ("documentName" or "bulletinId" or "cveId");
            path = path[..start] + value + path[(end + 1)..];
        }

        return (path, touchesB);
    }

    /// <summary>A body that points every plausible field at unit B.</summary>
    private object HostileBody() => new
    {
        parentId = World.B.Id,
        newParentId = World.B.Id,
        unitIds = new[] { World.B.Id },
        unitId = World.B.Id,
        code = "SWEEP-NEW",
        name = "sweep",
        kind = "School",
        role = "Viewer",
        userName = "sweep.user",
        displayName = "sweep",
        disabled = true,
        currentPassword = "wrong-password-1",
        newPassword = "Another-Pass-2026",
        expiresInDays = 1,
        chosenSource = "import",
        owner = "sweep owner",
        isPersonal = true,
        note = "sweep",
        enrolmentToken = "vge_sweep-not-a-real-token-0000000000000",
        hostname = "sweep",
        agentVersion = "1",
        platform = "linux-x64",
        succeeded = true,
        detail = "sweep",
        computerId = World.ComputerOfB,
        replacementComputerId = World.ComputerOfB,
        replacedBy = World.ComputerOfB,
        ids = new[] { World.RemediationItemOfB },
        filter = new { unitId = World.B.Id },
        action = "status",
        status = "Cancelled",
        title = "sweep",
        text = "sweep",
        until = "2099-01-01",
        dueOn = "2099-01-01",
        targetUnitId = World.B.Id,
        packId = World.PackOfB,
        batchId = World.BatchOfB,
        indicatorIds = new[] { World.IndicatorOfB },
        location = "sweep",
        reason = "sweep reason",
    };

    private async Task<HttpResponseMessage> SendApiAsync(HttpClient api, string method, string path)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method is "POST" or "PUT" or "PATCH")
        {
            request.Content = JsonContent.Create(HostileBody());
        }

        return await api.SendAsync(request);
    }

    private async Task<HttpResponseMessage> SendPageAsync(HttpClient browser, string method, string path, string? handler)
    {
        if (method == "GET")
        {
            return await browser.GetAsync(path);
        }

        var b = World.B.Id.ToString();
        var fields = new Dictionary<string, string>
        {
            ["NewParentId"] = b, ["Input.UnitIds"] = b, ["Input.Role"] = "Viewer", ["Input.UserName"] = "sweep.page",
            ["Input.DisplayName"] = "sweep", ["Child.Code"] = "SWEEP-CHILD", ["Child.Name"] = "sweep", ["Child.Kind"] = "School",
            ["Edit.Code"] = "SWEEP-EDIT", ["Edit.Name"] = "sweep", ["Edit.Kind"] = "School", ["NewRoot.Code"] = "SWEEP-ROOT",
            ["NewRoot.Name"] = "sweep", ["NewRoot.Kind"] = "Province", ["TokenId"] = World.TokenOfB.ToString(),
            ["TokenName"] = "sweep", ["culture"] = "vi-VN", ["EnrolmentTokenId"] = World.EnrolmentTokenOfB.ToString(),
            ["AgentId"] = World.AgentB.Id.ToString(), ["TokenNote"] = "sweep", ["TokenDays"] = "7",
            ["ConflictId"] = World.ConflictOfB.ToString(), ["ChosenSource"] = "import", ["Owner"] = "sweep", ["IsPersonal"] = "true",
            ["ReportId"] = World.UnassignedReport.ToString(), ["TargetUnitId"] = b,
        };
        var target = handler is null ? path : $"{path}?handler={handler}";
        return await TestServer.PostFormAsync(browser, target, fields, tokenSourcePath: "/account");
    }

    /// <summary>Everything of branch B and below, as the server itself sees it.</summary>
    private Task<string> SnapshotOfBAsync() => Server.WithSystemDbAsync(async db =>
    {
        var units = await db.Units.AsNoTracking().Where(u => u.Path.StartsWith(World.B.Path)).OrderBy(u => u.Code)
            .Select(u => $"{u.Id}|{u.ParentId}|{u.Code}|{u.Name}|{u.Path}|{u.UpdatedAt:O}").ToListAsync();
        var unitIds = await db.Units.AsNoTracking().Where(u => u.Path.StartsWith(World.B.Path)).Select(u => u.Id).ToListAsync();
        var bindings = await db.UserUnits.AsNoTracking().Where(b => unitIds.Contains(b.UnitId)).Select(b => $"{b.UserId}|{b.UnitId}").ToListAsync();
        var users = await db.Users.AsNoTracking().Where(u => u.Units.Any(b => unitIds.Contains(b.UnitId)))
            .Select(u => $"{u.Id}|{u.UserName}|{u.Role}|{u.Disabled}|{u.PasswordHash}|{u.SecurityStamp}").ToListAsync();
        var tokens = await db.ApiTokens.AsNoTracking().Where(t => t.Id == World.TokenOfB).Select(t => $"{t.Id}|{t.RevokedAt}").ToListAsync();
        var computers = await db.Computers.AsNoTracking().Where(c => unitIds.Contains(c.UnitId))
            .Select(c => $"{c.Id}|{c.UnitId}|{c.Hostname}|{c.Owner}|{c.IsPersonal}|{c.Pins}|{c.OsRelease}|{c.OpenConflicts}").ToListAsync();
        var conflicts = await db.ComputerConflicts.AsNoTracking().Where(c => unitIds.Contains(c.UnitId)).Select(c => $"{c.Id}|{c.UnitId}|{c.ResolvedAt}|{c.ChosenSource}").ToListAsync();
        var sources = await db.ComputerSources.AsNoTracking().Where(s => unitIds.Contains(s.UnitId)).Select(s => $"{s.Id}|{s.UnitId}|{s.SnapshotHash}").ToListAsync();
        var queue = await db.UnassignedReports.AsNoTracking().Select(r => $"{r.Id}|{r.Reports}").ToListAsync();
        var agents = await db.Agents.AsNoTracking().Where(a => unitIds.Contains(a.UnitId)).Select(a => $"{a.Id}|{a.UnitId}|{a.RevokedAt}|{a.LastSeenAt}").ToListAsync();
        var enrolment = await db.EnrolmentTokens.AsNoTracking().Where(t => unitIds.Contains(t.UnitId)).Select(t => $"{t.Id}|{t.RevokedAt}|{t.UsedAt}").ToListAsync();
        var commands = await db.AgentCommands.AsNoTracking().Where(c => unitIds.Contains(c.UnitId)).Select(c => $"{c.Id}|{c.DeliveredAt}|{c.CompletedAt}").ToListAsync();
        var items = await db.RemediationItems.AsNoTracking().Where(i => unitIds.Contains(i.UnitId)).Select(i => $"{i.Id}|{i.Status}|{i.Owner}|{i.DueOn}|{i.ReplacementComputerId}").ToListAsync();
        var events = await db.RemediationEvents.AsNoTracking().Where(e => unitIds.Contains(e.UnitId)).Select(e => $"{e.Id}|{e.Kind}").ToListAsync();
        var esu = await db.EsuExceptions.AsNoTracking().Where(e => unitIds.Contains(e.UnitId)).Select(e => $"{e.Id}|{e.Until}|{e.RemovedAt}").ToListAsync();
        var verdicts = await db.ComplianceResults.AsNoTracking().Where(r => unitIds.Contains(r.UnitId)).Select(r => $"{r.ComputerId}|{r.RuleId}|{r.Status}|{r.EvaluatedAt:O}").ToListAsync();
        var retired = await db.Computers.AsNoTracking().Where(c => unitIds.Contains(c.UnitId)).Select(c => $"{c.Id}|{c.RetiredAt}|{c.ReplacedBy}|{c.EsuUntil}").ToListAsync();
        var devices = await db.NetworkDevices.AsNoTracking().Where(d => unitIds.Contains(d.UnitId))
            .Select(d => $"{d.Id}|{d.Hostname}|{d.SoftwareVersion}|{d.SerialNumber}|{d.ObservedAt:O}").ToListAsync();
        var deviceChanges = await db.NetworkDeviceChanges.AsNoTracking().Where(c => unitIds.Contains(c.UnitId)).Select(c => $"{c.Id}|{c.Field}").ToListAsync();
        var baselines = await db.FirmwareBaselines.AsNoTracking().Where(b => unitIds.Contains(b.UnitId))
            .Select(b => $"{b.Id}|{b.SoftwareFamily}|{b.Model}|{b.MinimumVersion}").ToListAsync();
        var updates = await db.FirmwareUpdateEvents.AsNoTracking().Where(e => unitIds.Contains(e.UnitId)).Select(e => $"{e.Id}|{e.NewVersion}").ToListAsync();
        var snmp = await db.SnmpCredentialProfiles.AsNoTracking().Where(p => unitIds.Contains(p.UnitId)).Select(p => $"{p.Id}|{p.Name}|{p.ProtectedSecrets}|{p.UpdatedAt:O}").ToListAsync();
        snmp.AddRange(await db.SnmpPollTargets.AsNoTracking().Where(t => unitIds.Contains(t.UnitId)).Select(t => $"{t.Id}|{t.Address}|{t.ProfileId}|{t.LastPolledAt:O}").ToListAsync());
        var directiveRows = await db.Directives.AsNoTracking().Where(d => unitIds.Contains(d.UnitId)).Select(d => $"{d.Id}|{d.Number}|{d.UpdatedAt:O}|{d.ReminderSentAt}").ToListAsync();
        var unitReports = await db.UnitReports.AsNoTracking().Where(r => unitIds.Contains(r.UnitId)).Select(r => $"{r.Id}|{r.Status}|{r.Version}|{r.EntriesJson}|{r.Notes}").ToListAsync();
        var reportVersions = await db.ReportVersions.AsNoTracking().Where(v => unitIds.Contains(v.UnitId)).Select(v => $"{v.Id}|{v.ReopenedAt}|{v.SnapshotJson}").ToListAsync();
        var attachments = await db.DirectiveAttachments.AsNoTracking().Where(a => unitIds.Contains(a.UnitId)).Select(a => $"{a.Id}|{a.FileName}").ToListAsync();
        var indicators = await db.Indicators.AsNoTracking().Where(i => unitIds.Contains(i.UnitId)).Select(i => $"{i.Id}|{i.Action}|{i.RevokedAt}|{i.Flagged}|{i.Expiry}|{i.UpdatedAt:O}").ToListAsync();
        indicators.AddRange(await db.IndicatorOverrides.AsNoTracking().Where(o => unitIds.Contains(o.UnitId)).Select(o => $"{o.Id}").ToListAsync());
        indicators.AddRange(await db.IndicatorPacks.AsNoTracking().Where(p => unitIds.Contains(p.UnitId)).Select(p => $"{p.Id}|{p.PublishedAt:O}|{p.TargetUnitId}").ToListAsync());
        indicators.AddRange(await db.IndicatorPackMembers.AsNoTracking().Where(m => unitIds.Contains(m.UnitId)).Select(m => $"{m.PackId}|{m.IndicatorId}").ToListAsync());
        indicators.AddRange(await db.IndicatorPackDeployments.AsNoTracking().Where(d => unitIds.Contains(d.UnitId)).Select(d => $"{d.Id}|{d.Location}").ToListAsync());
        indicators.AddRange(await db.FeedTokens.AsNoTracking().Where(t => unitIds.Contains(t.UnitId)).Select(t => $"{t.Id}|{t.RevokedAt}|{t.LastUsedAt}").ToListAsync());
        indicators.AddRange(await db.IndicatorImportBatches.AsNoTracking().Where(b => unitIds.Contains(b.UnitId)).Select(b => $"{b.Id}").ToListAsync());
        indicators.AddRange(await db.RetainedLogs.AsNoTracking().Where(l => unitIds.Contains(l.UnitId)).Select(l => $"{l.Id}|{l.HuntedAt}|{l.HuntedSet}|{l.Lines}").ToListAsync());
        indicators.AddRange(await db.Alerts.AsNoTracking().Where(a => unitIds.Contains(a.UnitId)).Select(a => $"{a.Id}|{a.Status}|{a.Count}|{a.Note}").ToListAsync());
        indicators.AddRange(await db.AlertHits.AsNoTracking().Where(h => unitIds.Contains(h.UnitId)).Select(h => $"{h.Id}").ToListAsync());
        var isolations = await db.HostIsolations.AsNoTracking().Where(i => unitIds.Contains(i.UnitId)).Select(i => $"{i.Id}|{i.Status}|{i.UpdatedAt:O}").ToListAsync();
        isolations.AddRange(await db.IsolationSteps.AsNoTracking().Where(s => unitIds.Contains(s.UnitId)).Select(s => $"{s.Id}").ToListAsync());
        indicators.AddRange(await db.Incidents.AsNoTracking().Where(i => unitIds.Contains(i.UnitId))
            .Select(i => $"{i.Id}|{i.Title}|{i.Status}|{i.Severity}|{i.AssigneeId}|{i.ReportedAt}|{i.UpdatedAt:O}").ToListAsync());
        indicators.AddRange(await db.IncidentTimeline.AsNoTracking().Where(t => unitIds.Contains(t.UnitId)).Select(t => $"{t.Id}").ToListAsync());
        indicators.AddRange(await db.IncidentFiles.AsNoTracking().Where(f => unitIds.Contains(f.UnitId)).Select(f => $"{f.Id}").ToListAsync());
        indicators.AddRange(await db.IncidentAssets.AsNoTracking().Where(a => unitIds.Contains(a.UnitId)).Select(a => $"{a.Id}").ToListAsync());
        indicators.AddRange(await db.NotificationSubscriptions.AsNoTracking().Where(n => unitIds.Contains(n.UnitId)).Select(n => $"{n.Id}|{n.Target}|{n.Enabled}").ToListAsync());
        indicators.AddRange(await db.InAppNotifications.AsNoTracking().Where(n => unitIds.Contains(n.UnitId)).Select(n => $"{n.Id}|{n.ReadAt}").ToListAsync());
        return string.Join("\n", snmp.Order().Concat(devices.Order()).Concat(deviceChanges.Order()).Concat(baselines.Order()).Concat(updates.Order()).Concat(units.Concat(bindings.Order()).Concat(users.Order()).Concat(tokens).Concat(computers.Order())
            .Concat(conflicts.Order()).Concat(sources.Order()).Concat(queue.Order())
            .Concat(agents.Order()).Concat(enrolment.Order()).Concat(commands.Order())
            .Concat(items.Order()).Concat(events.Order()).Concat(esu.Order()).Concat(verdicts.Order()).Concat(retired.Order()))
            .Concat(directiveRows.Order()).Concat(unitReports.Order()).Concat(reportVersions.Order()).Concat(attachments.Order()).Concat(indicators.Order()).Concat(isolations.Order()));
    });
}
