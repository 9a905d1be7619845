using System.Net;
using System.Net.Http.Json;
using Vigil.Contracts.V1;
using Vigil.Server.Tests.Compliance;

namespace Vigil.Server.Tests.Directives;

/// <summary>Helpers over <see cref="ComplianceHost"/> for directive tests: create from a template, read and write reports.</summary>
internal static class DirectiveHost
{
    public static DateOnly Local(this ComplianceHost host, int days) => host.Today.AddDays(days);

    public static async Task<DirectiveDto> CreateAsync(ComplianceHost host, Guid target, string template, DateOnly deadline, string time = "14:00", int reminderHours = 24, string user = "coord.p")
    {
        using var api = await host.ApiAsync(user);
        var response = await api.PostAsJsonAsync("/api/v1/directives", new DirectiveCreateDto(
            target, template, "123/UBND-VHTT", null, "UBND tỉnh Thử Nghiệm", "Ủy ban nhân dân tỉnh", host.Local(-7), "Thử Nghiệm",
            "Các xã, phường\nSở ban ngành", deadline, time, null, null, null, reminderHours));
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await TestServer.ReadAsync<DirectiveDto>(response);
    }

    public static async Task<UnitReportDto> ReportAsync(ComplianceHost host, Guid directive, Guid unit, string user)
    {
        using var api = await host.ApiAsync(user);
        var response = await api.GetAsync($"/api/v1/directives/{directive}/reports/{unit}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await TestServer.ReadAsync<UnitReportDto>(response);
    }

    public static async Task<HttpResponseMessage> SendAsync(ComplianceHost host, string user, HttpMethod method, string path, object? body = null)
    {
        using var api = await host.ApiAsync(user);
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body, body.GetType()) };
        return await api.SendAsync(request);
    }

    public static long? Figure(this UnitReportDto report, string key) => Assert.Single(report.Figures, f => f.Key == key).Value;
}
