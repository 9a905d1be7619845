using Microsoft.EntityFrameworkCore;
using OpenQA.Selenium;
using Vigil.Server.Features.Demo;

namespace Vigil.Browser.Tests;

/// <summary>The coordinator of Điện Biên pastes a switch's show version, previews it, saves it and reads the device page.</summary>
public sealed class NetworkDeviceTests(DemoServerFixture server) : IClassFixture<DemoServerFixture>
{
    [Fact]
    public async Task Coordinator_pastes_show_version_previews_saves_and_reads_the_device_page()
    {
        var sample = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "fixtures", "cisco", "c2960x-15.2-7-E4.txt"));
        var unitId = await server.WithSystemDbAsync(db => db.Units.Where(u => u.Code == "DB").Select(u => u.Id).SingleAsync());

        using var browser = new Browser(server);
        browser.SignIn("dieuphoi.dienbien", DemoSeeder.DemoPassword);
        browser.ClickAndWaitForNewPage(browser.Driver.FindElement(By.Id("nav-devices")));
        Assert.Equal("Thiết bị mạng", browser.Heading);
        browser.GoTo($"/network-devices/{unitId}/paste");
        var text = browser.Driver.FindElement(By.Id("paste-text"));
        browser.Script("arguments[0].value = arguments[1];", text, sample);

        browser.ClickAndWaitForNewPage(browser.Driver.FindElement(By.Id("preview-button")));
        Assert.Equal("15.2(7)E4", browser.Driver.FindElement(By.Id("preview-version")).Text);
        Assert.Equal("WS-C2960X-48FPD-L", browser.Driver.FindElement(By.Id("preview-model")).Text);
        Assert.Equal("FOC2041Z0QR", browser.Driver.FindElement(By.Id("preview-serial")).Text);
        Assert.Equal(0, await server.WithSystemDbAsync(db => db.NetworkDevices.CountAsync(d => d.SerialNumber == "FOC2041Z0QR")));
        browser.SaveScreenshot("devices-preview");

        browser.ClickAndWaitForNewPage(browser.Driver.FindElement(By.Id("save-button")));
        Assert.StartsWith($"/network-devices/{unitId}/", browser.CurrentPath, StringComparison.Ordinal);
        Assert.Equal("SW-TANG2", browser.Driver.FindElement(By.Id("device-hostname")).Text);
        Assert.Equal("15.2(7)E4", browser.Driver.FindElement(By.Id("device-version")).Text);
        Assert.Contains("created", browser.Driver.FindElement(By.Id("history-table")).Text, StringComparison.Ordinal);
        browser.SaveScreenshot("devices-device");

        browser.GoTo($"/network-devices?unit={unitId}&family=ios");
        Assert.Contains("SW-TANG2", browser.Driver.FindElement(By.Id("devices-table")).Text, StringComparison.Ordinal);
    }
}
