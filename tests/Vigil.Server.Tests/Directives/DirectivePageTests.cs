using System.Globalization;
using System.Net;

namespace Vigil.Server.Tests.Directives;

/// <summary>The directive pages in Vietnamese: create from a template, the board, a unit officer's report form, the aggregate with drill-down.</summary>
public sealed class DirectivePageTests() : TwoBranchServerTests()
{
    [Fact]
    public async Task Coordinator_CreatesADirective_OfficerSavesAndSubmits_CoordinatorSeesTheAggregate()
    {
        var coordinator = await Server.SignedInClientAsync("coord.p", TwoBranchWorld.Password);
        var deadline = DateTime.UtcNow.AddDays(5).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var created = await TestServer.PostFormAsync(coordinator, "/directives/new", new Dictionary<string, string>
        {
            ["Input.TemplateId"] = "xp7-cisco", ["Input.UnitId"] = World.Province.Id.ToString(), ["Input.Number"] = "77/UBND-VHTT",
            ["Input.IssuingBody"] = "UBND tỉnh", ["Input.IssuedOn"] = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Input.DeadlineDate"] = deadline, ["Input.DeadlineTime"] = "14:00", ["Input.ReminderHours"] = "24",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var directivePath = created.Headers.Location!.OriginalString;
        var page = await coordinator.GetStringAsync(directivePath);
        Assert.Contains("77/UBND-VHTT", page, StringComparison.Ordinal);
        Assert.Contains("Tình hình báo cáo", page, StringComparison.Ordinal);
        Assert.Contains("Chưa bắt đầu", page, StringComparison.Ordinal);

        var officer = await Server.SignedInClientAsync("officer.a", TwoBranchWorld.Password);
        Assert.Contains("77/UBND-VHTT", await officer.GetStringAsync("/directives"), StringComparison.Ordinal);
        var reportPath = $"{directivePath}/reports/{World.A.Id}";
        var form = await officer.GetStringAsync(reportPath);
        Assert.Contains("Số máy tính sử dụng Windows XP/7", form, StringComparison.Ordinal);

        var refused = await TestServer.PostFormAsync(officer, reportPath + "?handler=Save", new Dictionary<string, string>
        {
            ["Figures[0].Key"] = "xp7-computers", ["Figures[0].Reported"] = "99",
        });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("căn cứ", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var submitted = await TestServer.PostFormAsync(officer, reportPath + "?handler=Submit", new Dictionary<string, string>
        {
            ["Figures[0].Key"] = "xp7-computers", ["Figures[0].Reported"] = "99", ["Figures[0].Justification"] = "Kiểm đếm thực tế tại đơn vị", ["Notes"] = "Đã rà soát",
        });
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.Contains("Đã nộp báo cáo", await submitted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"{directivePath}/reports/{World.B.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"{directivePath}/aggregate")).StatusCode);

        var aggregate = await coordinator.GetStringAsync($"{directivePath}/aggregate?figure=xp7-computers&unit={World.A.Id}");
        Assert.Contains("99", aggregate, StringComparison.Ordinal);
        Assert.Contains("⚠", aggregate, StringComparison.Ordinal);
        Assert.Contains("drill-items", aggregate, StringComparison.Ordinal);
    }
}
