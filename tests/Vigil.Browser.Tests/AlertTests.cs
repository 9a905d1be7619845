using Microsoft.EntityFrameworkCore;
using OpenQA.Selenium;
using Vigil.Server.Features.Demo;

namespace Vigil.Browser.Tests;

/// <summary>A school's officer uploads the firewall log, finds the alert it raised and acknowledges it.</summary>
public sealed class AlertTests(DemoServerFixture server) : IClassFixture<DemoServerFixture>
{
    [Fact]
    public async Task Officer_uploads_a_log_and_acknowledges_the_alert_it_raised()
    {
        const string Officer = "canbo.thcs.muongang";
        var unit = await server.WithSystemDbAsync(db => db.UserUnits.Where(b => db.Users.Any(u => u.Id == b.UserId && u.UserName == Officer)).Select(b => b.UnitId).FirstAsync());
        await server.WithSystemDbAsync(async db =>
        {
            var now = DateTime.UtcNow;
            db.Indicators.Add(new Domain.Indicators.Stored.StoredIndicator
            {
                Id = Guid.CreateVersion7(), UnitId = unit, Type = Domain.Indicators.IndicatorType.Ipv4, Value = "185.220.101.77", Sources = "test",
                CreatedAt = now, CreatedBy = "test", UpdatedAt = now,
            });
            return await db.SaveChangesAsync();
        });
        var file = Path.Combine(Path.GetTempPath(), "vigil-asa-" + Guid.NewGuid().ToString("N") + ".log");
        await File.WriteAllTextAsync(file,
            "Jun  2 08:30:01 fw01 : %ASA-4-106023: Deny tcp src inside:10.9.0.1/50100 dst outside:185.220.101.77/443 by access-group \"inside_in\" [0x0, 0x0]\n");
        try
        {
            using var officer = new Browser(server);
            officer.SignIn(Officer, DemoSeeder.DemoPassword);
            officer.ClickAndWaitForNewPage(officer.Driver.FindElement(By.Id("nav-alerts")));
            officer.ClickAndWaitForNewPage(officer.Driver.FindElement(By.Id("alerts-upload")));
            var form = officer.Driver.FindElement(By.Id("log-upload"));
            Browser.Choose(form, "UnitId", unit.ToString());
            officer.Driver.FindElement(By.Id("upload-file")).SendKeys(file);
            officer.ClickAndWaitForNewPage(officer.Driver.FindElement(By.Id("upload-submit")));
            Assert.Empty(officer.Errors);
            Assert.Contains("CiscoAsa", officer.Driver.FindElement(By.Id("upload-result")).Text, StringComparison.Ordinal);
            officer.SaveScreenshot("log-upload");

            officer.ClickAndWaitForNewPage(officer.Driver.FindElement(By.Id("upload-to-alerts")));
            officer.ClickAndWaitForNewPage(officer.Driver.FindElement(By.LinkText("185.220.101.77")));
            Assert.Contains("185.220.101.77", officer.Heading, StringComparison.Ordinal);
            officer.Driver.FindElement(By.Id("alert-note-input")).SendKeys("Đang kiểm tra máy 10.9.0.1");
            officer.ClickAndWaitForNewPage(officer.Driver.FindElement(By.Id("alert-acknowledge")));
            Assert.Empty(officer.Errors);
            Assert.Equal("Đang kiểm tra máy 10.9.0.1", officer.Driver.FindElement(By.Id("alert-note")).Text);
            officer.SaveScreenshot("alert-detail");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
