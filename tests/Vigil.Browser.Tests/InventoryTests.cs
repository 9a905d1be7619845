using Microsoft.EntityFrameworkCore;
using OpenQA.Selenium;
using Vigil.Domain.Inventory;
using Vigil.Server.Features.Demo;

namespace Vigil.Browser.Tests;

/// <summary>The demo coordinator of Điện Biên reviews the inventory in Vietnamese, as on the day of a directive.</summary>
public sealed class InventoryTests(DemoServerFixture server) : IClassFixture<DemoServerFixture>
{
    [Fact]
    public async Task Coordinator_filters_unsupported_OS_reads_an_upgrade_in_history_and_settles_a_conflict()
    {
        // An OCS machine of Điện Biên upgraded from Windows 7 to 10, and one whose sheet disagrees with a machine source on the OS.
        var (upgraded, conflicted) = await server.WithSystemDbAsync(async db =>
        {
            var province = await db.Units.SingleAsync(u => u.Code == "DB");
            var inProvince = db.Units.Where(u => u.Path.StartsWith(province.Path)).Select(u => u.Id);
            var upgrades = await db.ComputerChanges.Where(c => c.Field == "os" && inProvince.Contains(c.UnitId)).ToListAsync();
            var upgrade = upgrades.First(c => c.OldValue!.Contains("Windows 7", StringComparison.Ordinal) && c.NewValue!.Contains("Windows 10", StringComparison.Ordinal));
            var host = await db.Computers.Where(c => c.Id == upgrade.ComputerId).Select(c => c.Hostname).SingleAsync();
            var conflict = await db.ComputerConflicts.FirstAsync(c => c.Field == "os" && c.ResolvedAt == null && inProvince.Contains(c.UnitId));
            var conflictHost = await db.Computers.Where(c => c.Id == conflict.ComputerId).Select(c => c.Hostname).SingleAsync();
            return (host, conflictHost);
        });

        using var browser = new Browser(server);
        browser.SignIn("dieuphoi.dienbien", DemoSeeder.DemoPassword);
        browser.ClickAndWaitForNewPage(browser.Driver.FindElement(By.Id("nav-inventory")));
        Assert.Equal("Kiểm kê máy tính", browser.Heading);
        Assert.Contains("Hiển thị 1–50 trong", browser.Driver.FindElement(By.Id("showing")).Text, StringComparison.Ordinal);
        Assert.DoesNotContain("LS-", browser.Driver.FindElement(By.Id("computer-table")).Text, StringComparison.Ordinal);

        // Unsupported OS only: every row carries the badge, and the count chip says how many.
        browser.Driver.FindElement(By.Id("filter-unsupported")).Click();
        browser.SubmitForm("inventory-filter");
        Assert.Contains("unsupported=true", browser.Query, StringComparison.Ordinal);
        var rows = browser.Driver.FindElements(By.CssSelector("#computer-table tbody tr"));
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Contains("Hết hỗ trợ", r.Text, StringComparison.Ordinal));
        var chip = browser.Driver.FindElement(By.CssSelector("#inventory-counts a[data-key=unsupported]"));
        Assert.Contains("Hệ điều hành hết hỗ trợ", chip.Text, StringComparison.Ordinal);
        browser.SaveScreenshot("inventory-unsupported");

        // The upgraded PC (Windows 10 is past its end of support too) is found by name within the filter and opened.
        var search = browser.Driver.FindElement(By.CssSelector("#inventory-filter input[name=q]"));
        search.SendKeys(upgraded);
        browser.SubmitForm("inventory-filter");
        browser.ClickAndWaitForNewPage(browser.Driver.FindElement(By.LinkText(upgraded)));
        Assert.StartsWith(upgraded, browser.Driver.FindElement(By.Id("computer-name")).Text, StringComparison.Ordinal);
        var history = browser.Driver.FindElement(By.Id("history-table"));
        Assert.Contains(history.FindElements(By.CssSelector(".headline")), h => h.Text == "Windows 7 → Windows 10");
        Assert.Contains("Hệ điều hành", history.Text, StringComparison.Ordinal);
        Assert.Contains("OCS Inventory", browser.Driver.FindElement(By.Id("fact-table")).Text, StringComparison.Ordinal);
        browser.SaveScreenshot("inventory-computer");

        // A conflict: the sheet says Windows 7; the coordinator believes the spreadsheet after checking on site.
        browser.GoTo("/inventory?conflicts=true&q=" + Uri.EscapeDataString(conflicted));
        browser.ClickAndWaitForNewPage(browser.Driver.FindElement(By.LinkText(conflicted)));
        var conflict = browser.Driver.FindElement(By.CssSelector(".conflict[data-field=os]"));
        Assert.Contains("Bảng tính", conflict.Text, StringComparison.Ordinal);
        browser.ClickAndWaitForNewPage(conflict.FindElement(By.CssSelector("button[data-choice=import]")));

        Assert.Empty(browser.Errors);
        Assert.Equal("Đã xử lý xung đột.", browser.Success);
        Assert.Empty(browser.Driver.FindElements(By.CssSelector(".conflict[data-field=os]")));
        var osFact = browser.Driver.FindElement(By.CssSelector("#fact-table tr[data-field=os]"));
        Assert.Contains("Windows 7", osFact.Text, StringComparison.Ordinal);
        Assert.Contains("đã chọn", osFact.Text, StringComparison.Ordinal);
        Assert.Contains(browser.Driver.FindElements(By.CssSelector("#history-table tr[data-field=os]")), r => r.Text.Contains("dieuphoi.dienbien", StringComparison.Ordinal));
        var pinned = await server.WithSystemDbAsync(db => db.Computers.Where(c => c.Hostname == conflicted).Select(c => c.Pins).SingleAsync());
        Assert.Equal("os=import", pinned);
        Assert.Equal(InventorySource.Import, await server.WithSystemDbAsync(db =>
            db.ComputerConflicts.Where(c => c.Field == "os" && c.ResolvedBy == "dieuphoi.dienbien").Select(c => c.ChosenSource!.Value).SingleAsync()));
    }

    [Fact]
    public void A_province_coordinator_sees_the_unassigned_queue_and_a_commune_coordinator_does_not()
    {
        using (var province = new Browser(server))
        {
            province.SignIn("dieuphoi.dienbien", DemoSeeder.DemoPassword);
            province.GoTo("/inventory");
            province.ClickAndWaitForNewPage(province.Driver.FindElement(By.Id("unassigned-link")));
            Assert.Equal("Báo cáo chưa gán đơn vị", province.Heading);
            Assert.Contains("UBND-HUYEN-DIENBIEN", province.Driver.FindElement(By.Id("unassigned-table")).Text, StringComparison.Ordinal);
        }

        using var commune = new Browser(server);
        commune.SignIn("dieuphoi.muongang", DemoSeeder.DemoPassword);
        commune.GoTo("/inventory");
        Assert.Empty(commune.Driver.FindElements(By.Id("unassigned-link")));
        commune.GoTo("/inventory/unassigned");
        Assert.Empty(commune.Driver.FindElements(By.Id("unassigned-table")));
        Assert.Equal("/denied", commune.CurrentPath);
    }

    [Fact]
    public void A_unit_officer_reads_the_list_and_a_computer_on_a_phone_without_sideways_scrolling()
    {
        using var browser = new Browser(server, 390, 844);
        browser.SignIn("canbo.thcs.muongang", DemoSeeder.DemoPassword);
        browser.GoTo("/inventory");
        var rows = browser.Driver.FindElements(By.CssSelector("#computer-table tbody tr"));
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Contains("DB-MUONGANG-THCS", r.Text, StringComparison.Ordinal));
        AssertNoHorizontalScroll(browser);
        browser.SaveScreenshot("inventory-390");

        browser.ClickAndWaitForNewPage(rows[0].FindElement(By.CssSelector("a.hostname")));
        Assert.NotEmpty(browser.Driver.FindElements(By.Id("fact-table")));
        AssertNoHorizontalScroll(browser);
    }

    private static void AssertNoHorizontalScroll(Browser browser)
    {
        var widths = (IReadOnlyCollection<object>)browser.Script("return [document.documentElement.scrollWidth, document.documentElement.clientWidth];")!;
        Assert.True(Convert.ToInt64(widths.First()) <= Convert.ToInt64(widths.Last()) + 1, $"{browser.CurrentPath}: wider than the screen");
    }
}
