using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vigil.Contracts.V1;
using Vigil.Storage;

namespace Vigil.Server.Tests.Compliance;

/// <summary>The remediation workflow over HTTP: transitions and their typed errors, all-or-nothing bulk actions,
/// comments and evidence, cancellation that holds, and replacement of a retired computer.</summary>
public sealed class RemediationTests
{
    private const string Win11 = "Microsoft Windows 11 Pro";
    private const string Cpu11 = "Intel(R) Core(TM) i5-8500 CPU @ 3.00GHz";

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task Transitions_are_checked_and_bulk_actions_change_all_or_nothing(StorageProvider provider)
    {
        await using var host = await ComplianceHost.StartAsync(provider);
        var ids = new List<Guid>();
        for (var n = 1; n <= 3; n++)
        {
            var pc = await host.ReportByAgentAsync(ComplianceHost.Windows($"A-AV{n}", $"4C4C4544-0000-0000-0000-00000000B00{n}", Win11, "10.0.26200", "26200", Cpu11, true)
                with { SecurityProducts = [host.BkavFor(12)] });
            ids.Add(Assert.Single((await host.ComplianceAsync(pc)).Items).Id);
        }

        using var api = await host.ApiAsync();
        await ExpectAsync(api, ids[0], "Done", null, HttpStatusCode.OK);
        var refused = await ExpectAsync(api, ids[0], "Verified", null, HttpStatusCode.Conflict);
        Assert.Equal("remediation.verified_by_evaluation", await CodeAsync(refused));
        Assert.Equal("remediation.note_required", await CodeAsync(await ExpectAsync(api, ids[1], "Cancelled", " ", HttpStatusCode.BadRequest)));
        Assert.Equal("remediation.status_invalid", await CodeAsync(await ExpectAsync(api, ids[1], "Finished", null, HttpStatusCode.BadRequest)));
        await ExpectAsync(api, ids[1], "Cancelled", "Máy sẽ thanh lý trong tháng", HttpStatusCode.OK);
        Assert.Equal("remediation.closed", await CodeAsync(await ExpectAsync(api, ids[1], "InProgress", null, HttpStatusCode.Conflict)));

        using var viewer = await host.ApiAsync("viewer.a");
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync($"/api/v1/remediation/{ids[2]}/transition", new RemediationTransitionDto("InProgress", null))).StatusCode);

        // One of the three is cancelled, so a status change over all three is refused as a whole.
        var before = await host.Server.WithSystemDbAsync(db => db.RemediationItems.AsNoTracking().OrderBy(i => i.Id).Select(i => i.Status + "|" + i.Owner).ToListAsync());
        var bulk = await api.PostAsJsonAsync("/api/v1/remediation/bulk", new RemediationBulkDto(ids, null, "status", null, null, "InProgress", null));
        Assert.Equal(HttpStatusCode.Conflict, bulk.StatusCode);
        var problem = await bulk.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("remediation.closed", problem.GetProperty("errorCode").GetString());
        Assert.Equal("items/" + ids[1], problem.GetProperty("location").GetString());
        Assert.Contains("A-AV2", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("Nothing was changed", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await host.Server.WithSystemDbAsync(db => db.RemediationItems.AsNoTracking().OrderBy(i => i.Id).Select(i => i.Status + "|" + i.Owner).ToListAsync()));

        // Over the open items of unit A, chosen by filter: owner and due day for all of them.
        var filter = new RemediationFilterDto(host.World.A.Id, false, null, null, "anti-malware", null, null, true, "a-av");
        var assigned = await api.PostAsJsonAsync("/api/v1/remediation/bulk", new RemediationBulkDto(null, filter, "assign", "Nguyễn Văn Nam", null, null, null));
        Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);
        Assert.Equal(2, (await OkAsync<RemediationBulkResultDto>(assigned)).Changed);
        var due = host.Today.AddDays(10);
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync("/api/v1/remediation/bulk", new RemediationBulkDto(null, filter, "due", null, due, null, null))).StatusCode);
        Assert.Equal("remediation.due_before_creation",
            await CodeAsync(await api.PostAsJsonAsync("/api/v1/remediation/bulk", new RemediationBulkDto(null, filter, "due", null, host.Today.AddDays(-3), null, null))));
        Assert.Equal("remediation.bulk_target", await CodeAsync(await api.PostAsJsonAsync("/api/v1/remediation/bulk", new RemediationBulkDto(ids, filter, "assign", "x", null, null, null))));
        Assert.Equal("remediation.action_invalid", await CodeAsync(await api.PostAsJsonAsync("/api/v1/remediation/bulk", new RemediationBulkDto(ids, null, "delete", null, null, null, null))));

        var list = (await api.GetFromJsonAsync<RemediationListDto>($"/api/v1/remediation?unitId={host.World.A.Id}&ruleId=anti-malware&owner=nam"))!;
        Assert.Equal(2, list.Total);
        Assert.All(list.Items, i => Assert.Equal(("Nguyễn Văn Nam", due), (i.Owner, i.DueOn)));
        Assert.Equal([new CountDto("Planned", 1), new CountDto("Done", 1)], list.ByStatus);

        // Comments and evidence are steps of the item's history with the person who wrote them.
        var commented = await api.PostAsJsonAsync($"/api/v1/remediation/{ids[0]}/comments", new RemediationCommentDto("Biên bản cập nhật số 12/BB", true));
        var detail = await OkAsync<RemediationDetailDto>(commented);
        var evidence = detail.Events[^1];
        Assert.Equal(("Evidence", "officer.a", "Biên bản cập nhật số 12/BB"), (evidence.Kind, evidence.Actor, evidence.Text));
        Assert.Contains(detail.Events, e => e.Kind == "OwnerChanged" && e.Text == "Nguyễn Văn Nam");
        Assert.Contains(detail.Events, e => e.Kind == "StatusChanged" && e.FromStatus == "Planned" && e.ToStatus == "Done");
        Assert.Equal(["InProgress", "Cancelled"], detail.AllowedStatuses);
        var audited = await host.Server.WithSystemDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == "RemediationEvent" && a.ActorName == "officer.a"));
        Assert.True(audited >= 5, $"only {audited} audited remediation events");

        // A cancelled item is not reopened by the next evaluation of the same failure.
        host.Clock.Advance(TimeSpan.FromHours(1));
        await host.ReportByAgentAsync(ComplianceHost.Windows("A-AV2", "4C4C4544-0000-0000-0000-00000000B002", Win11, "10.0.26200", "26200", Cpu11, true)
            with { SecurityProducts = [host.BkavFor(13)], RamMb = 16384 });
        var items = await host.Server.WithSystemDbAsync(db =>
            db.RemediationItems.AsNoTracking().CountAsync(i => i.RuleId == "anti-malware" && db.Computers.Any(c => c.Id == i.ComputerId && c.Hostname.StartsWith("A-AV"))));
        Assert.Equal(3, items);
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task Linking_the_replacement_retires_the_old_computer_and_verifies_when_the_new_one_passes(StorageProvider provider)
    {
        await using var host = await ComplianceHost.StartAsync(provider);
        var old = await host.ReportWindows7ByOcsAsync();
        var replace = Assert.Single((await host.ComplianceAsync(old)).Items, i => i.Kind == "Replace");
        var newPc = await host.ReportByAgentAsync(ComplianceHost.Windows("A-KT03N", "4C4C4544-0000-0000-0000-00000000C001", "Microsoft Windows 10 Pro", "10.0.19045", "19045", Cpu11, true)
            with { SecurityProducts = [host.BkavFor(1)] });
        using var api = await host.ApiAsync();
        var before = (await api.GetFromJsonAsync<ComplianceSummaryDto>($"/api/v1/compliance/summary?unitId={host.World.A.Id}"))!;

        Assert.Equal("remediation.replacement_same", await CodeAsync(await api.PostAsJsonAsync($"/api/v1/remediation/{replace.Id}/replacement", new ReplacementLinkDto(old, null))));
        var other = Assert.Single((await host.ComplianceAsync(old)).Items, i => i.RuleId == "anti-malware");
        Assert.Equal("remediation.not_replace", await CodeAsync(await api.PostAsJsonAsync($"/api/v1/remediation/{other.Id}/replacement", new ReplacementLinkDto(newPc, null))));

        // The new machine runs Windows 10, unsupported by now: the item is done (claimed) but not yet verified.
        var linked = await OkAsync<RemediationDetailDto>(await api.PostAsJsonAsync($"/api/v1/remediation/{replace.Id}/replacement", new ReplacementLinkDto(newPc, "Máy mới cấp năm 2026")));
        Assert.Equal(("Done", newPc, "A-KT03N"), (linked.Item.Status, linked.Item.ReplacementComputerId, linked.Item.ReplacementHostname));
        Assert.Contains(linked.Events, e => e.Kind == "ReplacementLinked" && e.Text!.Contains("Máy mới", StringComparison.Ordinal));
        var retired = await host.ComplianceAsync(old);
        Assert.NotNull(retired.RetiredAt);
        Assert.Equal(newPc, retired.ReplacedBy);
        Assert.All(retired.Items.Where(i => i.Id != replace.Id), i => Assert.Equal("Cancelled", i.Status));
        var after = (await api.GetFromJsonAsync<ComplianceSummaryDto>($"/api/v1/compliance/summary?unitId={host.World.A.Id}"))!;
        Assert.Equal(before.Computers - 1, after.Computers);
        var results = (await api.GetFromJsonAsync<ComplianceResultListDto>($"/api/v1/compliance/results?unitId={host.World.A.Id}"))!;
        Assert.DoesNotContain(results.Items, r => r.ComputerId == old);

        // Windows 11 on the new machine: its passing verdict verifies the old machine's replacement item.
        host.Clock.Advance(TimeSpan.FromDays(1));
        using var later = await host.ApiAsync();
        await host.ReportByAgentAsync(ComplianceHost.Windows("A-KT03N", "4C4C4544-0000-0000-0000-00000000C001", Win11, "10.0.26200", "26200", Cpu11, true)
            with { SecurityProducts = [host.BkavFor(1)] });
        var detail = (await later.GetFromJsonAsync<RemediationDetailDto>($"/api/v1/remediation/{replace.Id}"))!;
        Assert.Equal("Verified", detail.Item.Status);
        var verified = Assert.Single(detail.Events, e => e.Kind == "Verified");
        Assert.Equal((newPc, "A-KT03N"), (verified.Verdict!.ComputerId, verified.Verdict.Hostname));

        // Retiring by mistake and undoing it brings the computer back into evaluation.
        Assert.Equal("computer.already_retired", await CodeAsync(await later.PostAsJsonAsync($"/api/v1/computers/{old}/retire", new ComputerRetireDto(null, null))));
        var back = await OkAsync<ComputerComplianceDto>(await later.DeleteAsync($"/api/v1/computers/{old}/retire"));
        Assert.Null(back.RetiredAt);
        Assert.Equal(host.Today, back.AsOf);
    }

    [Fact]
    public async Task A_person_opens_an_item_for_a_rule_or_for_any_work()
    {
        await using var host = await ComplianceHost.StartAsync(StorageProvider.Sqlite);
        var pc = await host.ReportWindows7ByOcsAsync();
        using var api = await host.ApiAsync();

        Assert.Equal("remediation.already_open", await CodeAsync(await api.PostAsJsonAsync("/api/v1/remediation", new RemediationCreateDto(pc, "upgrade-triage", null, null, null, null, null))));
        Assert.Equal("remediation.title_required", await CodeAsync(await api.PostAsJsonAsync("/api/v1/remediation", new RemediationCreateDto(pc, null, "InstallPatch", null, null, null, null))));
        Assert.Equal("remediation.rule_unknown", await CodeAsync(await api.PostAsJsonAsync("/api/v1/remediation", new RemediationCreateDto(pc, "no-such-rule", null, null, null, null, null))));
        var created = await OkAsync<RemediationDetailDto>(await api.PostAsJsonAsync("/api/v1/remediation",
            new RemediationCreateDto(pc, null, "DisableSmb1", "Tắt chia sẻ thư mục dùng SMBv1", "Lò Văn B", null, "Phát hiện khi kiểm tra thực tế")));
        Assert.Equal(("DisableSmb1", "Planned", "officer.a", host.Today.AddDays(30)), (created.Item.Kind, created.Item.Status, created.Item.CreatedBy, created.Item.DueOn));

        // An item without a rule has no verdict to wait for: a person verifies it once it is done.
        await ExpectAsync(api, created.Item.Id, "InProgress", null, HttpStatusCode.OK);
        Assert.Equal("remediation.transition_invalid", await CodeAsync(await ExpectAsync(api, created.Item.Id, "Verified", null, HttpStatusCode.Conflict)));
        await ExpectAsync(api, created.Item.Id, "Done", null, HttpStatusCode.OK);
        var verified = await OkAsync<RemediationDetailDto>(await ExpectAsync(api, created.Item.Id, "Verified", "Đã kiểm tra tại chỗ", HttpStatusCode.OK));
        Assert.NotNull(verified.Item.ClosedAt);
    }

    private static async Task<HttpResponseMessage> ExpectAsync(HttpClient api, Guid item, string status, string? note, HttpStatusCode expected)
    {
        var response = await api.PostAsJsonAsync($"/api/v1/remediation/{item}/transition", new RemediationTransitionDto(status, note));
        Assert.True(response.StatusCode == expected, $"{status}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return response;
    }

    private static async Task<T> OkAsync<T>(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await TestServer.ReadAsync<T>(response);
    }

    private static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errorCode").GetString();
}
