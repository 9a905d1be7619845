using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Vigil.Contracts.V1;

namespace Vigil.Server.Tests.Incidents;

/// <summary>The incident workflow through the real API: open, describe, move, note, assign, attach, and the audit trail of it all.</summary>
public sealed class IncidentApiTests() : TwoBranchServerTests("--Vigil:Incidents:MaxFileBytes=4096")
{
    private IncidentCreateDto NewIncident(DateTime? detectedAt = null) => new(
        World.A.Id, "WannaCry C&C trên máy kế toán", "Máy gọi tới máy chủ điều khiển", "Critical", detectedAt, "log hunting", "Một máy tính",
        "Mạng nội bộ UBND xã", "UBND xã A", "Đội ứng cứu tỉnh", "Rút cáp mạng", "Lò Văn B", "0215 3 812 345 · cntt@a.example",
        [World.ComputerOfA], null, [World.A.Id]);

    private static async Task<IncidentDto> CreateAsync(HttpClient api, IncidentCreateDto body)
    {
        var response = await api.PostAsJsonAsync("/api/v1/incidents", body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await TestServer.ReadAsync<IncidentDto>(response);
    }

    [Fact]
    public async Task An_officer_runs_an_incident_from_new_to_closed_and_every_step_is_on_the_timeline_and_in_the_audit_log()
    {
        using var api = await Server.ApiClientAsync("officer.a");
        var incident = await CreateAsync(api, NewIncident());
        Assert.Equal("New", incident.Status);
        Assert.Equal("Critical", incident.Severity);
        Assert.Equal(["Investigating", "Closed"], incident.NextStatuses);
        Assert.Contains(incident.Assets, a => a.Kind == "Computer" && a.RefId == World.ComputerOfA);
        Assert.Contains(incident.Assets, a => a.Kind == "Unit" && a.RefId == World.A.Id);
        Assert.Equal("tt20-2017-bca-2025", incident.RegulationId);
        Assert.Contains("Bộ Công an", incident.RecipientAuthority);
        Assert.Equal(incident.DetectedAt.AddDays(5), incident.ReportDueAt);
        Assert.Equal("OnTrack", incident.DeadlineState);

        var skip = await api.PostAsJsonAsync($"/api/v1/incidents/{incident.Id}/transition", new IncidentTransitionDto("Eradicated", null));
        Assert.Equal(HttpStatusCode.Conflict, skip.StatusCode);
        Assert.Contains("incident.transition", await skip.Content.ReadAsStringAsync());

        foreach (var status in new[] { "Investigating", "Contained", "Eradicated", "Closed" })
        {
            var moved = await api.PostAsJsonAsync($"/api/v1/incidents/{incident.Id}/transition", new IncidentTransitionDto(status, "bước " + status));
            Assert.True(moved.StatusCode == HttpStatusCode.OK, await moved.Content.ReadAsStringAsync());
        }

        Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync($"/api/v1/incidents/{incident.Id}/notes", new IncidentNoteDto("Đã quét lại toàn bộ máy"))).StatusCode);
        var assigned = await api.PostAsJsonAsync($"/api/v1/incidents/{incident.Id}/assign", new IncidentAssignDto(World.OfficerA.Id));
        Assert.True(assigned.StatusCode == HttpStatusCode.OK, await assigned.Content.ReadAsStringAsync());
        var refusedAssignee = await api.PostAsJsonAsync($"/api/v1/incidents/{incident.Id}/assign", new IncidentAssignDto(World.OfficerB.Id));
        Assert.Equal(HttpStatusCode.BadRequest, refusedAssignee.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync($"/api/v1/incidents/{incident.Id}/reported", null)).StatusCode);
        var patched = await api.PatchAsJsonAsync($"/api/v1/incidents/{incident.Id}", new IncidentUpdateDto(null, null, "High", null, "", null, null, null, null, null, null));
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);

        var final = await api.GetFromJsonAsync<IncidentDto>($"/api/v1/incidents/{incident.Id}");
        Assert.NotNull(final);
        Assert.Equal("Closed", final.Status);
        Assert.Equal("High", final.Severity);
        Assert.Null(final.Impact);
        Assert.NotNull(final.ClosedAt);
        Assert.Equal("Met", final.DeadlineState);
        Assert.Equal(World.OfficerA.Id, final.AssigneeId);
        Assert.Equal(
            ["Created", "StatusChanged", "StatusChanged", "StatusChanged", "StatusChanged", "Note", "Assigned", "Report"],
            final.Timeline.Select(t => t.Kind));
        Assert.Contains("Contained → Eradicated: bước Eradicated", final.Timeline.Select(t => t.Text));

        var audited = await Server.WithSystemDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == "Incident" && a.EntityId == incident.Id.ToString()).CountAsync());
        Assert.True(audited >= 8, $"{audited} audit entries for the incident");
    }

    [Fact]
    public async Task Files_are_stored_on_disk_with_their_hash_read_back_and_refused_over_the_limit()
    {
        using var api = await Server.ApiClientAsync("officer.a");
        var incident = await CreateAsync(api, NewIncident());
        var bytes = RandomNumberGenerator.GetBytes(3000);
        using var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(bytes);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(part, "file", "../../proxy.log");
        var uploaded = await api.PostAsync($"/api/v1/incidents/{incident.Id}/files", form);
        Assert.True(uploaded.StatusCode == HttpStatusCode.OK, await uploaded.Content.ReadAsStringAsync());
        var file = await TestServer.ReadAsync<IncidentFileDto>(uploaded);
        Assert.Equal("proxy.log", file.FileName);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), file.Sha256);
        Assert.Equal(bytes, await api.GetByteArrayAsync($"/api/v1/incidents/{incident.Id}/files/{file.Id}"));
        Assert.True(File.Exists(Path.Combine(Server.DataDirectory, "files", "incidents", file.Id.ToString("N") + ".bin")));

        using var big = new MultipartFormDataContent { { new ByteArrayContent(new byte[5000]), "file", "big.bin" } };
        var refused = await api.PostAsync($"/api/v1/incidents/{incident.Id}/files", big);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("incident.file_size", await refused.Content.ReadAsStringAsync());
        Assert.Single(Directory.GetFiles(Path.Combine(Server.DataDirectory, "files", "incidents")));

        var detail = await api.GetFromJsonAsync<IncidentDto>($"/api/v1/incidents/{incident.Id}");
        Assert.Equal(file.Id, Assert.Single(detail!.Files).Id);
        Assert.Contains(detail.Timeline, t => t.Kind == "File" && t.RefId == file.Id);
    }

    [Fact]
    public async Task The_regulation_and_recipient_follow_the_detection_day_across_the_2025_handover()
    {
        using var api = await Server.ApiClientAsync("coord.a");
        var before = await CreateAsync(api, NewIncident(new DateTime(2025, 2, 20, 3, 0, 0, DateTimeKind.Utc)));
        Assert.Equal("tt20-2017", before.RegulationId);
        Assert.Contains("Bộ Thông tin và Truyền thông", before.RecipientAuthority);
        Assert.Equal(new DateTime(2025, 2, 25, 3, 0, 0, DateTimeKind.Utc), before.ReportDueAt);
        Assert.Equal("Overdue", before.DeadlineState);

        // 28/2 at 18:00 UTC is already 1/3 in Hanoi: the new authority.
        var after = await CreateAsync(api, NewIncident(new DateTime(2025, 2, 28, 18, 0, 0, DateTimeKind.Utc)));
        Assert.Equal("tt20-2017-bca-2025", after.RegulationId);

        var overdue = await api.GetFromJsonAsync<IncidentPageDto>($"/api/v1/incidents?overdue=true&unitId={World.A.Id}");
        Assert.Equal(2, overdue!.Total);
        var critical = await api.GetFromJsonAsync<IncidentPageDto>("/api/v1/incidents?severity=critical&q=WannaCry");
        Assert.Equal(2, critical!.Total);
        Assert.Empty((await api.GetFromJsonAsync<IncidentPageDto>("/api/v1/incidents?status=Closed"))!.Items);
    }

    [Fact]
    public async Task Bad_input_is_refused_with_a_precise_error_and_a_viewer_cannot_write()
    {
        using var officer = await Server.ApiClientAsync("officer.a");
        var noTitle = await officer.PostAsJsonAsync("/api/v1/incidents", NewIncident() with { Title = " " });
        Assert.Equal(HttpStatusCode.BadRequest, noTitle.StatusCode);
        Assert.Contains("incident.title_required", await noTitle.Content.ReadAsStringAsync());
        var badSeverity = await officer.PostAsJsonAsync("/api/v1/incidents", NewIncident() with { Severity = "7" });
        Assert.Contains("incident.severity", await badSeverity.Content.ReadAsStringAsync());
        var foreignComputer = await officer.PostAsJsonAsync("/api/v1/incidents", NewIncident() with { ComputerIds = [World.ComputerOfB] });
        Assert.Equal(HttpStatusCode.BadRequest, foreignComputer.StatusCode);
        Assert.Contains("incident.computer_unknown", await foreignComputer.Content.ReadAsStringAsync());
        var future = await officer.PostAsJsonAsync("/api/v1/incidents", NewIncident(DateTime.UtcNow.AddDays(2)));
        Assert.Contains("incident.detected_in_future", await future.Content.ReadAsStringAsync());

        var incident = await CreateAsync(officer, NewIncident());
        using var viewer = await Server.ApiClientAsync("viewer.a");
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/api/v1/incidents/{incident.Id}")).StatusCode);
        Assert.Empty((await viewer.GetFromJsonAsync<IncidentDto>($"/api/v1/incidents/{incident.Id}"))!.NextStatuses);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync($"/api/v1/incidents/{incident.Id}/notes", new IncidentNoteDto("x"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync("/api/v1/incidents", NewIncident())).StatusCode);
    }
}
