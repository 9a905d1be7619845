using Microsoft.EntityFrameworkCore;
using OpenQA.Selenium;
using Vigil.Server.Features.Demo;

namespace Vigil.Browser.Tests;

/// <summary>
/// The Điện Biên coordinator imports a CERT list through the wizard (overriding the private address with a reason)
/// and publishes the built-in WannaCry pack to Mường Ảng; the school's officer records where it is deployed.
/// </summary>
public sealed class IndicatorTests(DemoServerFixture server) : IClassFixture<DemoServerFixture>
{
    [Fact]
    public async Task Coordinator_imports_with_an_override_and_publishes_officer_records_a_deployment()
    {
        var target = await server.WithSystemDbAsync(db => db.Units.Where(u => u.Code == "DB-MUONGANG").Select(u => u.Id).SingleAsync());
        var file = Path.Combine(Path.GetTempPath(), "vigil-cv-144-" + Guid.NewGuid().ToString("N") + ".txt");
        await File.WriteAllTextAsync(file, "185.220.101[.]1\nc2-wannacry-test.top\n10.20.30.40\n300.1.2.3\n");
        try
        {
            using (var coordinator = new Browser(server))
            {
                coordinator.SignIn("dieuphoi.dienbien", DemoSeeder.DemoPassword);
                coordinator.ClickAndWaitForNewPage(coordinator.Driver.FindElement(By.Id("nav-indicators")));
                coordinator.ClickAndWaitForNewPage(coordinator.Driver.FindElement(By.Id("indicators-import")));
                coordinator.Driver.FindElement(By.Id("import-files")).SendKeys(file);
                coordinator.ClickAndWaitForNewPage(coordinator.Driver.FindElement(By.Id("import-preview")));
                Assert.Empty(coordinator.Errors);
                Assert.Contains("300.1.2.3", coordinator.Driver.FindElement(By.Id("import-lines")).Text, StringComparison.Ordinal);
                var row = coordinator.Driver.FindElement(By.CssSelector("#import-values tr[data-value='10.20.30.40']"));
                Assert.Contains("ip.private", row.Text, StringComparison.Ordinal);
                row.FindElement(By.CssSelector("input[type=checkbox]")).Click();
                row.FindElement(By.CssSelector("input[name$='.Reason']")).SendKeys("Máy chủ nội bộ đã bị chiếm quyền");
                coordinator.ClickAndWaitForNewPage(coordinator.Driver.FindElement(By.Id("import-commit")));
                Assert.Empty(coordinator.Errors);
                Assert.NotNull(coordinator.Success);
                coordinator.SaveScreenshot("indicator-import");

                coordinator.GoTo("/indicators/packs");
                var form = coordinator.Driver.FindElement(By.Id("builtin-form"));
                Browser.Choose(form, "TargetUnitId", target.ToString());
                coordinator.ClickAndWaitForNewPage(coordinator.Driver.FindElement(By.Id("builtin-publish")));
                Assert.Empty(coordinator.Errors);
                Assert.Contains("WannaCry", coordinator.Heading, StringComparison.Ordinal);
            }

            var overridden = await server.WithSystemDbAsync(db => db.IndicatorOverrides.CountAsync(o => o.Reason == "Máy chủ nội bộ đã bị chiếm quyền"));
            Assert.Equal(1, overridden);
            var pack = await server.WithSystemDbAsync(db => db.IndicatorPacks.Where(p => p.TargetUnitId == target).Select(p => p.Id).SingleAsync());
            using var officer = new Browser(server);
            officer.SignIn("canbo.thcs.muongang", DemoSeeder.DemoPassword);
            officer.GoTo("/indicators/packs");
            officer.ClickAndWaitForNewPage(officer.Driver.FindElement(By.CssSelector($"a[href='/indicators/packs/{pack}']")));
            var deploy = officer.Driver.FindElement(By.Id("deploy-form"));
            Browser.Choose(deploy, "Kind", "firewall");
            Browser.Fill(deploy, "Location", "FortiGate 60F phòng máy");
            officer.ClickAndWaitForNewPage(officer.Driver.FindElement(By.Id("deploy-record")));
            Assert.Empty(officer.Errors);
            Assert.Contains("FortiGate 60F phòng máy", officer.Driver.FindElement(By.Id("pack-units")).Text, StringComparison.Ordinal);
            officer.SaveScreenshot("indicator-deployment");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
