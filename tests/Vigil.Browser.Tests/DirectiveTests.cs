using Microsoft.EntityFrameworkCore;
using OpenQA.Selenium;
using Vigil.Server.Features.Demo;

namespace Vigil.Browser.Tests;

/// <summary>
/// The Điện Biên coordinator turns a letter into a directive for Mường Ảng; the school's officer reviews the auto-filled
/// report, overrides a figure with a justification and submits; the coordinator sees it on the board and the aggregate.
/// </summary>
public sealed class DirectiveTests(DemoServerFixture server) : IClassFixture<DemoServerFixture>
{
    [Fact]
    public async Task Coordinator_creates_a_directive_officer_submits_coordinator_sees_the_aggregate()
    {
        var target = await server.WithSystemDbAsync(db => db.Units.Where(u => u.Code == "DB-MUONGANG").Select(u => u.Id).SingleAsync());
        var school = await server.WithSystemDbAsync(db => db.Units.Where(u => u.Code == "DB-MUONGANG-THCS").Select(u => u.Id).SingleAsync());
        var today = DateTime.UtcNow.AddHours(7);

        using (var coordinator = new Browser(server))
        {
            coordinator.SignIn("dieuphoi.dienbien", DemoSeeder.DemoPassword);
            coordinator.ClickAndWaitForNewPage(coordinator.Driver.FindElement(By.Id("nav-directives")));
            coordinator.ClickAndWaitForNewPage(coordinator.Driver.FindElement(By.Id("directive-new")));
            var form = coordinator.Driver.FindElement(By.Id("directive-form"));
            Browser.Choose(form, "Input.TemplateId", "xp7-cisco");
            Browser.Choose(form, "Input.UnitId", target.ToString());
            Browser.Fill(form, "Input.Number", "123/UBND-VHTT");
            Browser.Fill(form, "Input.IssuingBody", "UBND huyện Mường Ảng");
            coordinator.Script("document.getElementsByName('Input.IssuedOn')[0].value = arguments[0];", today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            coordinator.Script("document.getElementsByName('Input.DeadlineDate')[0].value = arguments[0];", today.AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            coordinator.SubmitForm("directive-form");
            Assert.Empty(coordinator.Errors);
            Assert.Equal("123/UBND-VHTT", coordinator.Heading);
            Assert.Contains("Chưa bắt đầu", coordinator.Driver.FindElement(By.Id("board-table")).Text, StringComparison.Ordinal);
            coordinator.SaveScreenshot("directive-board");
        }

        var directive = await server.WithSystemDbAsync(db => db.Directives.Where(d => d.Number == "123/UBND-VHTT").Select(d => d.Id).SingleAsync());
        using (var officer = new Browser(server))
        {
            officer.SignIn("canbo.thcs.muongang", DemoSeeder.DemoPassword);
            officer.GoTo("/directives");
            officer.ClickAndWaitForNewPage(officer.Driver.FindElement(By.LinkText("123/UBND-VHTT")));
            officer.ClickAndWaitForNewPage(officer.Driver.FindElement(By.CssSelector($"#my-reports a[href='/directives/{directive}/reports/{school}']")));
            var form = officer.Driver.FindElement(By.Id("report-form"));
            Browser.Fill(form, "Figures[0].Reported", "987");
            Browser.Fill(form, "Figures[0].Justification", "Ba máy cá nhân của giáo viên chưa kiểm kê");
            officer.ClickAndWaitForNewPage(officer.Driver.FindElement(By.Id("report-submit")));
            Assert.Empty(officer.Errors);
            Assert.Contains("Đã nộp báo cáo", officer.Success, StringComparison.Ordinal);
            Assert.Contains("Ba máy cá nhân", officer.Driver.FindElement(By.Id("report-figures")).GetDomProperty("innerHTML"), StringComparison.Ordinal);
            officer.SaveScreenshot("directive-report");
        }

        using var again = new Browser(server);
        again.SignIn("dieuphoi.dienbien", DemoSeeder.DemoPassword);
        again.GoTo($"/directives/{directive}/aggregate");
        var table = again.Driver.FindElement(By.Id("aggregate-table")).Text;
        Assert.Contains("987", table, StringComparison.Ordinal);
        Assert.Contains("⚠", table, StringComparison.Ordinal);
        again.SaveScreenshot("directive-aggregate");
    }
}
